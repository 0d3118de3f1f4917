// `netwright-cli validate`: shapes and parameter counts per node as JSON, or the
// node's messages and exit 1. It never loads data, so the Fashion-MNIST examples
// validate without the dataset present.
#include "CliRunner.h"

#include <gtest/gtest.h>
#include <QJsonArray>

using namespace nwtest;

TEST(ValidateCommand, FashionCnnJsonIsOneObjectWithParameterTotals)
{
    const CliResult r = runCli({ QStringLiteral("validate"), QStringLiteral("resources/examples/fashion-cnn.nwproj"),
        QStringLiteral("--json") });
    ASSERT_FALSE(r.timedOut || r.crashed) << qPrintable(r.describe());
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    QString problem;
    const auto json = singleJsonObject(r.stdoutBytes, &problem);
    ASSERT_TRUE(json) << qPrintable(problem) << "\n" << qPrintable(r.describe());
    EXPECT_EQ(json->value(QStringLiteral("command")).toString(), QStringLiteral("validate"));
    EXPECT_TRUE(json->value(QStringLiteral("valid")).toBool());
    EXPECT_TRUE(json->value(QStringLiteral("errors")).toArray().isEmpty());
    const QJsonArray nodes = json->value(QStringLiteral("nodes")).toArray();
    ASSERT_EQ(nodes.size(), 14);
    qint64 sum = 0;
    for (const QJsonValue& n : nodes) {
        sum += n.toObject().value(QStringLiteral("parameters")).toInteger();
        EXPECT_TRUE(n.toObject().contains(QStringLiteral("output_shape"))) << qPrintable(n.toObject().value("id").toString());
    }
    EXPECT_EQ(json->value(QStringLiteral("total_parameters")).toInteger(), sum);
    // conv1 16x1x3x3 (no bias), bn1 2x16, conv2 32x16x3x3, bn2 2x32, fc1 1568x128+128, fc2 128x10+10:
    // the count the compiler must reach (BatchNorm's running statistics are buffers, not parameters).
    EXPECT_EQ(sum, 144 + 32 + 4608 + 64 + 200832 + 1290);
    const QJsonObject last = nodes.last().toObject();
    EXPECT_EQ(last.value(QStringLiteral("id")).toString(), QStringLiteral("fc2"));
    EXPECT_EQ(last.value(QStringLiteral("output_shape")).toArray(), (QJsonArray { 10 }));
}

TEST(ValidateCommand, HumanModePrintsTheTableOnStdout)
{
    const CliResult r = runCli({ QStringLiteral("validate"), QStringLiteral("resources/examples/xor.nwproj") });
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    EXPECT_TRUE(r.out().contains(QLatin1String("total parameters: 42"))) << qPrintable(r.describe()); // 2*8+8 + 8*2+2
}

TEST(ValidateCommand, MissingFlattenExitsOneAndTheJsonNamesTheNode)
{
    const CliResult r = runCli({ QStringLiteral("validate"), QStringLiteral("tests/corrupt/projects/missing-flatten.nwproj"),
        QStringLiteral("--json") });
    ASSERT_FALSE(r.timedOut || r.crashed) << qPrintable(r.describe());
    EXPECT_EQ(r.exitCode, 1) << qPrintable(r.describe());
    QString problem;
    const auto json = singleJsonObject(r.stdoutBytes, &problem);
    ASSERT_TRUE(json) << qPrintable(problem) << "\n" << qPrintable(r.describe());
    EXPECT_FALSE(json->value(QStringLiteral("valid")).toBool());
    QString fc1Message;
    for (const QJsonValue& n : json->value(QStringLiteral("nodes")).toArray())
        if (n.toObject().value(QStringLiteral("id")).toString() == QLatin1String("fc1"))
            fc1Message = n.toObject().value(QStringLiteral("messages")).toArray().first().toString();
    EXPECT_TRUE(fc1Message.contains(QLatin1String("expects a flat input but gets 1x8x8"))) << qPrintable(fc1Message);
    EXPECT_TRUE(json->value(QStringLiteral("errors")).toArray().contains(fc1Message));
    EXPECT_TRUE(r.err().contains(QLatin1String("missing-flatten.nwproj: Dense 'fc1' expects a flat input")))
        << qPrintable(r.describe());
}
