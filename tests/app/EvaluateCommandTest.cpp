// `netwright-cli evaluate` on a project the CLI trained: per-class metrics and a
// confusion matrix that accounts for every sample of the chosen split.
#include "CliRunner.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <memory>

using namespace nwtest;

namespace {

class EvaluateCommand : public testing::Test {
protected:
    // One trained XOR for the suite (a fraction of a second).
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<QTemporaryDir>();
        s_project = s_dir->filePath(QStringLiteral("x.nwproj"));
        const CliResult r = runCli({ QStringLiteral("train"), QStringLiteral("resources/examples/xor.nwproj"),
            QStringLiteral("--out"), s_project });
        ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    }
    static void TearDownTestSuite() { s_dir.reset(); }

    static QJsonObject evaluateJson(const QStringList& extra)
    {
        const CliResult r = runCli(QStringList { QStringLiteral("evaluate"), s_project, QStringLiteral("--json") } + extra);
        EXPECT_FALSE(r.timedOut || r.crashed) << qPrintable(r.describe());
        EXPECT_EQ(r.exitCode, 0) << qPrintable(r.describe());
        QString problem;
        const auto json = singleJsonObject(r.stdoutBytes, &problem);
        EXPECT_TRUE(json) << qPrintable(problem) << "\n" << qPrintable(r.describe());
        return json.value_or(QJsonObject());
    }

    static void expectConsistentReport(const QJsonObject& json, int expectedSamples)
    {
        const int samples = json.value(QStringLiteral("samples")).toInt();
        EXPECT_EQ(samples, expectedSamples);
        const QJsonArray matrix = json.value(QStringLiteral("confusion_matrix")).toArray();
        ASSERT_EQ(matrix.size(), 2);
        int sum = 0, diagonal = 0;
        for (int i = 0; i < matrix.size(); ++i) {
            const QJsonArray row = matrix[i].toArray();
            ASSERT_EQ(row.size(), 2);
            for (int j = 0; j < row.size(); ++j) {
                sum += row[j].toInt();
                diagonal += i == j ? row[j].toInt() : 0;
            }
        }
        EXPECT_EQ(sum, samples);
        EXPECT_DOUBLE_EQ(json.value(QStringLiteral("accuracy")).toDouble(), static_cast<double>(diagonal) / samples);
        const QJsonArray perClass = json.value(QStringLiteral("per_class")).toArray();
        ASSERT_EQ(perClass.size(), 2);
        int support = 0;
        for (const QJsonValue& c : perClass) {
            support += c.toObject().value(QStringLiteral("support")).toInt();
            for (const char* key : { "precision", "recall", "f1" }) {
                const double v = c.toObject().value(QLatin1String(key)).toDouble(-1);
                EXPECT_TRUE(v >= 0 && v <= 1) << key << " = " << v;
            }
        }
        EXPECT_EQ(support, samples);
    }

    static inline std::unique_ptr<QTemporaryDir> s_dir;
    static inline QString s_project;
};

} // namespace

TEST_F(EvaluateCommand, TestSplitConfusionMatrixAccountsForEverySample)
{
    const QJsonObject json = evaluateJson({});
    EXPECT_EQ(json.value(QStringLiteral("command")).toString(), QStringLiteral("evaluate"));
    EXPECT_EQ(json.value(QStringLiteral("split")).toString(), QStringLiteral("test"));
    expectConsistentReport(json, 80);
    EXPECT_GE(json.value(QStringLiteral("accuracy")).toDouble(), 0.95);
}

TEST_F(EvaluateCommand, ValidationSplitWorks)
{
    const QJsonObject json = evaluateJson({ QStringLiteral("--split"), QStringLiteral("validation") });
    EXPECT_EQ(json.value(QStringLiteral("split")).toString(), QStringLiteral("validation"));
    expectConsistentReport(json, 80);
}

TEST_F(EvaluateCommand, TrainSplitWorks)
{
    expectConsistentReport(evaluateJson({ QStringLiteral("--split"), QStringLiteral("train") }), 240);
}

TEST_F(EvaluateCommand, HumanModePrintsTheReportOnStdout)
{
    const CliResult r = runCli({ QStringLiteral("evaluate"), s_project });
    EXPECT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    EXPECT_FALSE(r.stdoutBytes.isEmpty());
    EXPECT_FALSE(r.out().trimmed().startsWith(QLatin1Char('{'))) << "JSON only with --json";
}

namespace {
bool nonDecreasing(const QJsonArray& a)
{
    for (int i = 1; i < a.size(); ++i)
        if (a[i].toDouble() < a[i - 1].toDouble())
            return false;
    return true;
}
bool nonIncreasing(const QJsonArray& a)
{
    for (int i = 1; i < a.size(); ++i)
        if (a[i].toDouble() > a[i - 1].toDouble())
            return false;
    return true;
}
void expectRocCurve(const QJsonObject& curve, const char* what)
{
    const double auc = curve.value(QStringLiteral("auc")).toDouble(-1);
    EXPECT_TRUE(auc >= 0 && auc <= 1) << what << " auc " << auc;
    const QJsonArray fpr = curve.value(QStringLiteral("fpr")).toArray(), tpr = curve.value(QStringLiteral("tpr")).toArray();
    const QJsonArray thresholds = curve.value(QStringLiteral("thresholds")).toArray();
    ASSERT_GE(fpr.size(), 2) << what;
    EXPECT_EQ(tpr.size(), fpr.size()) << what;
    EXPECT_EQ(thresholds.size(), fpr.size()) << what;
    EXPECT_TRUE(nonDecreasing(fpr) && nonDecreasing(tpr)) << what;
    EXPECT_EQ(fpr.first().toDouble(), 0.0);
    EXPECT_EQ(fpr.last().toDouble(), 1.0);
    EXPECT_EQ(tpr.last().toDouble(), 1.0);
    EXPECT_TRUE(thresholds.first().isNull()) << what << ": the first threshold is +infinity";
    EXPECT_TRUE(nonIncreasing(QJsonArray::fromVariantList(thresholds.toVariantList().mid(1)))) << what;
}
} // namespace

TEST_F(EvaluateCommand, JsonHasRocPrAndCalibration)
{
    const QJsonObject json = evaluateJson({});
    const QJsonObject roc = json.value(QStringLiteral("roc")).toObject();
    const QJsonArray rocPerClass = roc.value(QStringLiteral("per_class")).toArray();
    ASSERT_EQ(rocPerClass.size(), 2);
    for (const QJsonValue& c : rocPerClass)
        expectRocCurve(c.toObject(), "per class");
    expectRocCurve(roc.value(QStringLiteral("micro")).toObject(), "micro");
    const double macro = roc.value(QStringLiteral("macro_auc")).toDouble(-1);
    EXPECT_GE(macro, 0.9) << "a trained XOR separates its classes";
    EXPECT_LE(macro, 1.0);

    const QJsonObject pr = json.value(QStringLiteral("pr")).toObject();
    const QJsonArray prPerClass = pr.value(QStringLiteral("per_class")).toArray();
    ASSERT_EQ(prPerClass.size(), 2);
    QJsonArray curves = prPerClass;
    curves.append(pr.value(QStringLiteral("micro")));
    for (const QJsonValue& v : curves) {
        const QJsonObject c = v.toObject();
        const double ap = c.value(QStringLiteral("average_precision")).toDouble(-1);
        EXPECT_TRUE(ap >= 0 && ap <= 1) << ap;
        const QJsonArray recall = c.value(QStringLiteral("recall")).toArray();
        EXPECT_TRUE(nonIncreasing(recall));
        EXPECT_EQ(recall.last().toDouble(), 0.0);
        EXPECT_EQ(c.value(QStringLiteral("precision")).toArray().size(), recall.size());
        EXPECT_EQ(c.value(QStringLiteral("thresholds")).toArray().size(), recall.size() - 1);
    }

    const QJsonObject calibration = json.value(QStringLiteral("calibration")).toObject();
    const QJsonArray counts = calibration.value(QStringLiteral("bins")).toObject().value(QStringLiteral("count")).toArray();
    ASSERT_EQ(counts.size(), 10);
    int total = 0;
    for (const QJsonValue& c : counts)
        total += c.toInt();
    EXPECT_EQ(total, json.value(QStringLiteral("samples")).toInt());
    for (const char* key : {"ece", "brier"}) {
        const double v = calibration.value(QLatin1String(key)).toDouble(-1);
        EXPECT_TRUE(v >= 0 && v <= 1) << key << " = " << v;
    }
}

TEST_F(EvaluateCommand, FoldsCrossValidatesIrisWithMeanAndStd)
{
    const CliResult r = runCli({QStringLiteral("evaluate"), QStringLiteral("resources/examples/iris.nwproj"), QStringLiteral("--folds"),
                                QStringLiteral("3"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    QString problem;
    const auto json = singleJsonObject(r.stdoutBytes, &problem);
    ASSERT_TRUE(json) << qPrintable(problem);
    const QJsonObject cv = json->value(QStringLiteral("cross_validation")).toObject();
    EXPECT_EQ(cv.value(QStringLiteral("folds")).toInt(), 3);
    const QJsonArray perFold = cv.value(QStringLiteral("per_fold")).toArray();
    ASSERT_EQ(perFold.size(), 3);
    int tested = 0;
    double sum = 0.0;
    for (const QJsonValue& f : perFold) {
        tested += f.toObject().value(QStringLiteral("test_samples")).toInt();
        sum += f.toObject().value(QStringLiteral("accuracy")).toDouble();
    }
    EXPECT_EQ(tested, cv.value(QStringLiteral("samples")).toInt()) << "every pooled sample is tested once";
    const QJsonObject mean = cv.value(QStringLiteral("mean")).toObject(), deviation = cv.value(QStringLiteral("std")).toObject();
    for (const char* key : {"loss", "accuracy", "macro_f1", "macro_auc"}) {
        EXPECT_TRUE(mean.contains(QLatin1String(key))) << key;
        EXPECT_GE(deviation.value(QLatin1String(key)).toDouble(-1), 0.0) << key;
    }
    EXPECT_NEAR(mean.value(QStringLiteral("accuracy")).toDouble(), sum / 3, 1e-12);
    EXPECT_GE(mean.value(QStringLiteral("accuracy")).toDouble(), 0.8);
    EXPECT_TRUE(r.err().contains(QStringLiteral("fold 3/3"))) << "progress per fold on stderr";
}

TEST_F(EvaluateCommand, FoldsHumanModePrintsMeanAndStd)
{
    const CliResult r = runCli({QStringLiteral("evaluate"), QStringLiteral("resources/examples/iris.nwproj"), QStringLiteral("--folds"),
                                QStringLiteral("2")});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    EXPECT_TRUE(r.out().contains(QStringLiteral("2-fold cross-validation")));
    EXPECT_TRUE(r.out().contains(QStringLiteral("mean")) && r.out().contains(QStringLiteral("std")));
}

TEST_F(EvaluateCommand, FoldsBelowTwoOrWithSplitIsAUsageError)
{
    for (const QStringList& extra : {QStringList{QStringLiteral("--folds"), QStringLiteral("1")},
                                     QStringList{QStringLiteral("--folds"), QStringLiteral("x")},
                                     QStringList{QStringLiteral("--folds"), QStringLiteral("3"), QStringLiteral("--split"),
                                                 QStringLiteral("test")}}) {
        const CliResult r = runCli(QStringList{QStringLiteral("evaluate"), QStringLiteral("resources/examples/iris.nwproj")} + extra);
        EXPECT_EQ(r.exitCode, 2) << qPrintable(r.describe());
        EXPECT_TRUE(r.stdoutBytes.isEmpty());
    }
}

TEST_F(EvaluateCommand, RegressionReportsR2AndCrossValidatesWithMseAndR2)
{
    // XOR's network with one linear output, trained with MSE on Playground's plane.
    QFile xor_(source(QStringLiteral("resources/examples/xor.nwproj")));
    ASSERT_TRUE(xor_.open(QIODevice::ReadOnly));
    QJsonObject project = QJsonDocument::fromJson(xor_.readAll()).object();
    QJsonObject graph = project.value(QStringLiteral("graph")).toObject();
    QJsonArray nodes = graph.value(QStringLiteral("nodes")).toArray();
    for (int i = 0; i < nodes.size(); ++i) {
        QJsonObject node = nodes[i].toObject();
        if (node.value(QStringLiteral("id")).toString() == QStringLiteral("out"))
            node[QStringLiteral("params")] = QJsonObject{{QStringLiteral("units"), 1}};
        nodes[i] = node;
    }
    graph[QStringLiteral("nodes")] = nodes;
    project[QStringLiteral("graph")] = graph;
    QJsonObject training = project.value(QStringLiteral("training")).toObject();
    training[QStringLiteral("loss")] = QStringLiteral("mse");
    training[QStringLiteral("epochs")] = 20;
    project[QStringLiteral("training")] = training;
    QJsonObject dataset = project.value(QStringLiteral("dataset")).toObject();
    dataset[QStringLiteral("spec")] = QStringLiteral("toy:plane?samples=200&noise=0.1&seed=1");
    dataset[QStringLiteral("stratified")] = false;
    project[QStringLiteral("dataset")] = dataset;
    const QString path = s_dir->filePath(QStringLiteral("plane.nwproj"));
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(project).toJson());
    out.close();

    const CliResult trained = runCli({QStringLiteral("train"), path});
    ASSERT_EQ(trained.exitCode, 0) << qPrintable(trained.describe());
    const CliResult r = runCli({QStringLiteral("evaluate"), path, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    QString problem;
    const auto json = singleJsonObject(r.stdoutBytes, &problem);
    ASSERT_TRUE(json) << qPrintable(problem);
    EXPECT_TRUE(json->contains(QStringLiteral("mse")));
    EXPECT_GE(json->value(QStringLiteral("r2")).toDouble(-1), 0.8) << "a linear target is easy";
    EXPECT_LE(json->value(QStringLiteral("r2")).toDouble(), 1.0);
    EXPECT_FALSE(json->contains(QStringLiteral("roc")));

    const CliResult cv = runCli({QStringLiteral("evaluate"), path, QStringLiteral("--folds"), QStringLiteral("3"), QStringLiteral("--json")});
    ASSERT_EQ(cv.exitCode, 0) << qPrintable(cv.describe());
    const auto cvJson = singleJsonObject(cv.stdoutBytes, &problem);
    ASSERT_TRUE(cvJson) << qPrintable(problem);
    const QJsonObject mean = cvJson->value(QStringLiteral("cross_validation")).toObject().value(QStringLiteral("mean")).toObject();
    for (const char* key : {"loss", "mse", "mae", "r2"})
        EXPECT_TRUE(mean.contains(QLatin1String(key))) << key;
    EXPECT_FALSE(mean.contains(QStringLiteral("accuracy")));
}
