// `netwright-cli evaluate` on a project the CLI trained: per-class metrics and a
// confusion matrix that accounts for every sample of the chosen split.
#include "CliRunner.h"

#include <gtest/gtest.h>
#include <QJsonArray>
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
