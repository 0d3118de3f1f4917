// The usage half of the CLI contract (docs/CLI.md): a mistake on the command line
// exits 2 with a message on stderr, help exits 0, and neither prints on stdout.
#include "CliRunner.h"

#include <gtest/gtest.h>

using namespace nwtest;

namespace {

const QString kXor = QStringLiteral("resources/examples/xor.nwproj");

void expectUsageError(const QStringList& args, const QString& fragment)
{
    SCOPED_TRACE(qPrintable(args.join(QLatin1Char(' '))));
    const CliResult r = runCli(args, { .timeout = std::chrono::seconds(15) });
    ASSERT_FALSE(r.timedOut || r.crashed) << qPrintable(r.describe());
    EXPECT_EQ(r.exitCode, 2) << qPrintable(r.describe());
    EXPECT_TRUE(r.stdoutBytes.isEmpty()) << qPrintable(r.describe());
    EXPECT_TRUE(r.err().contains(fragment)) << "expected \"" << qPrintable(fragment) << "\"\n" << qPrintable(r.describe());
}

} // namespace

TEST(CliUsage, NoArgumentsExitsTwoWithUsage)
{
    expectUsageError({}, QStringLiteral("usage: netwright-cli <command>"));
    const CliResult r = runCli({});
    for (const char* command : { "validate", "train", "evaluate", "compress", "bench" })
        EXPECT_TRUE(r.err().contains(QLatin1String(command))) << command << " missing from the usage";
}

TEST(CliUsage, UnknownCommandExitsTwo)
{
    expectUsageError({ QStringLiteral("frobnicate") }, QStringLiteral("unknown command 'frobnicate'"));
}

TEST(CliUsage, UnknownOptionExitsTwo)
{
    expectUsageError({ QStringLiteral("train"), kXor, QStringLiteral("--learning-rte"), QStringLiteral("0.1") },
        QStringLiteral("Unknown option 'learning-rte'"));
    expectUsageError({ QStringLiteral("validate"), kXor, QStringLiteral("--bogus") }, QStringLiteral("bogus"));
}

TEST(CliUsage, MissingOrExtraProjectExitsTwo)
{
    expectUsageError({ QStringLiteral("train") }, QStringLiteral("expected PROJECT, got 0"));
    expectUsageError({ QStringLiteral("validate") }, QStringLiteral("expected PROJECT, got 0"));
    expectUsageError({ QStringLiteral("evaluate"), kXor, kXor }, QStringLiteral("expected PROJECT, got 2"));
}

TEST(CliUsage, BadNumbersExitTwoBeforeAnythingRuns)
{
    const QStringList train { QStringLiteral("train"), kXor };
    expectUsageError(train + QStringList { QStringLiteral("--epochs"), QStringLiteral("0") }, QStringLiteral("--epochs"));
    expectUsageError(train + QStringList { QStringLiteral("--epochs"), QStringLiteral("2.5") }, QStringLiteral("--epochs"));
    expectUsageError(train + QStringList { QStringLiteral("--lr"), QStringLiteral("-1") }, QStringLiteral("--lr"));
    expectUsageError(train + QStringList { QStringLiteral("--lr"), QStringLiteral("nan") }, QStringLiteral("--lr"));
    expectUsageError(train + QStringList { QStringLiteral("--batch-size"), QStringLiteral("x") }, QStringLiteral("--batch-size"));
    expectUsageError(train + QStringList { QStringLiteral("--seed"), QStringLiteral("-1") }, QStringLiteral("--seed"));
    expectUsageError(train + QStringList { QStringLiteral("--threads"), QStringLiteral("100000") }, QStringLiteral("--threads"));
    expectUsageError(train + QStringList { QStringLiteral("--optimizer"), QStringLiteral("adamax") }, QStringLiteral("--optimizer"));
    expectUsageError({ QStringLiteral("evaluate"), kXor, QStringLiteral("--threads"), QStringLiteral("-1") },
        QStringLiteral("--threads"));
}

TEST(CliUsage, EvaluateUnknownSplitExitsTwo)
{
    expectUsageError({ QStringLiteral("evaluate"), kXor, QStringLiteral("--split"), QStringLiteral("holdout") },
        QStringLiteral("--split must be test, validation or train"));
}

TEST(CliUsage, BenchUnknownModelExitsTwo)
{
    expectUsageError({ QStringLiteral("bench"), QStringLiteral("--model"), QStringLiteral("xyz") }, QStringLiteral("--model"));
}

TEST(CliUsage, HelpExitsZero)
{
    for (const QStringList& args : QList<QStringList> { { QStringLiteral("--help") }, { QStringLiteral("train"), QStringLiteral("--help") },
             { QStringLiteral("validate"), QStringLiteral("--help") }, { QStringLiteral("evaluate"), QStringLiteral("--help") } }) {
        SCOPED_TRACE(qPrintable(args.join(QLatin1Char(' '))));
        const CliResult r = runCli(args);
        ASSERT_FALSE(r.timedOut || r.crashed) << qPrintable(r.describe());
        EXPECT_EQ(r.exitCode, 0) << qPrintable(r.describe());
        EXPECT_TRUE(r.err().contains(QLatin1String("sage"))) << qPrintable(r.describe());
    }
    EXPECT_TRUE(runCli({ QStringLiteral("train"), QStringLiteral("--help") }).err().contains(QLatin1String("--resume")));
}
