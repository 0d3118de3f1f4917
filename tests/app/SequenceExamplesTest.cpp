// The sequence examples of the gallery, run as a student's script would: they
// compile, the parity GRU learns its task, the word-language models beat chance
// by far after a short run, and a trained transformer's attention comes out of
// `netwright-cli explain --method attention|rollout` with the documented shapes.
#include "CliRunner.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QTemporaryDir>

using namespace nwtest;

namespace {

QString example(const char* name)
{
    return source(QStringLiteral("resources/examples/%1.nwproj").arg(QLatin1String(name)));
}

// Trains and returns the test accuracy from --json.
double train(const QString& project, const QString& out, const QStringList& extra = {})
{
    const CliResult r = runCli(QStringList { QStringLiteral("train"), project, QStringLiteral("--out"), out,
                                   QStringLiteral("--json") } + extra,
        { .timeout = std::chrono::minutes(4) });
    EXPECT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    QString problem;
    const auto json = singleJsonObject(r.stdoutBytes, &problem);
    EXPECT_TRUE(json) << qPrintable(problem);
    return json ? json->value("test").toObject().value("accuracy").toDouble(-1.0) : -1.0;
}

TEST(SequenceExamples, EveryOneCompiles)
{
    for (const char* name : { "words-lstm", "words-transformer", "sequence-parity" }) {
        const CliResult r = runCli({ QStringLiteral("validate"), example(name) });
        EXPECT_EQ(r.exitCode, 0) << name << ": " << qPrintable(r.describe());
    }
}

TEST(SequenceExamples, TheParityGruLearnsItsTask)
{
    QTemporaryDir dir;
    EXPECT_GT(train(example("sequence-parity"), dir.filePath(QStringLiteral("parity.nwproj"))), 0.9);
}

TEST(SequenceExamples, TheWordLanguageLstmBeatsChanceByFar)
{
    // Eight languages: chance is 1/8. Two of the example's six epochs.
    QTemporaryDir dir;
    EXPECT_GT(train(example("words-lstm"), dir.filePath(QStringLiteral("words.nwproj")), { QStringLiteral("--epochs"), QStringLiteral("2") }), 0.4);
}

TEST(SequenceExamples, ATrainedTransformersAttentionAndRolloutComeOut)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("transformer.nwproj"));
    EXPECT_GT(train(example("words-transformer"), project, { QStringLiteral("--epochs"), QStringLiteral("2") }), 0.25);
    for (const auto& [method, shape] : { std::pair { "attention", QJsonArray { 4, 12, 12 } }, { "rollout", QJsonArray { 12, 12 } } }) {
        const CliResult r = runCli({ QStringLiteral("explain"), project, QStringLiteral("--method"), QLatin1String(method),
            QStringLiteral("--sample"), QStringLiteral("test:0"), QStringLiteral("--output"), dir.filePath(QStringLiteral("a.npy")),
            QStringLiteral("--json") });
        ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
        QString problem;
        const auto json = singleJsonObject(r.stdoutBytes, &problem);
        ASSERT_TRUE(json) << qPrintable(problem);
        EXPECT_EQ(json->value("map").toObject().value("shape").toArray(), shape) << method;
        if (QLatin1String(method) == QLatin1String("attention")) {
            EXPECT_EQ(json->value("layer").toString(), QStringLiteral("attn2")); // the last attention node
        }
        EXPECT_GE(json->value("map").toObject().value("min").toDouble(), 0.0);
        EXPECT_LE(json->value("map").toObject().value("max").toDouble(), 1.0 + 1e-6);
    }
    const CliResult wrongLayer = runCli({ QStringLiteral("explain"), project, QStringLiteral("--method"), QStringLiteral("attention"),
        QStringLiteral("--layer"), QStringLiteral("pool"), QStringLiteral("--sample"), QStringLiteral("test:0") });
    EXPECT_EQ(wrongLayer.exitCode, 2);
    EXPECT_TRUE(wrongLayer.err().contains(QLatin1String("attention nodes: attn1"))) << qPrintable(wrongLayer.err());
}

} // namespace
