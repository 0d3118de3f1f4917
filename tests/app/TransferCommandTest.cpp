// `netwright-cli train --init-from FILE [--init-map OLD=NEW] [--freeze NODES]`:
// transfer learning as a script uses it. The digits MLP is pre-trained on all ten
// classes, then a copy with a five-unit head learns classes 5-9 from its weights:
// the verdicts are printed per node, frozen nodes keep the imported tensors bit for
// bit, the others train, and every bad request exits non-zero writing nothing.
#include "CliRunner.h"

#include "io/SafetensorsFile.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstring>

using namespace nwtest;

namespace {

bool bitIdentical(const nw::Tensor& a, const nw::Tensor& b)
{
    return a.shape() == b.shape() && std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0;
}

std::map<std::string, nw::Tensor> tensorsOf(const QString& path)
{
    QString error;
    const auto contents = nw::SafetensorsFile::read(path, &error);
    EXPECT_TRUE(contents) << qPrintable(error);
    return contents ? contents->tensors : std::map<std::string, nw::Tensor>{};
}

// The digits MLP with its head renamed and cut to five classes, learning classes 5-9.
QString writeTarget(const QTemporaryDir& dir, const QString& headId)
{
    QFile in(source(QStringLiteral("resources/examples/digits.nwproj")));
    EXPECT_TRUE(in.open(QIODevice::ReadOnly));
    QJsonObject project = QJsonDocument::fromJson(in.readAll()).object();
    QJsonObject graph = project.value(QStringLiteral("graph")).toObject();
    QJsonArray nodes = graph.value(QStringLiteral("nodes")).toArray();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        QJsonObject node = nodes[i].toObject();
        if (node.value(QStringLiteral("id")).toString() == QLatin1String("out")) {
            node[QStringLiteral("id")] = headId;
            node[QStringLiteral("params")] = QJsonObject{{"units", 5}};
            nodes[i] = node;
        }
    }
    QJsonArray edges = graph.value(QStringLiteral("edges")).toArray();
    for (qsizetype i = 0; i < edges.size(); ++i) {
        QJsonObject edge = edges[i].toObject();
        if (edge.value(QStringLiteral("to")).toString() == QLatin1String("out"))
            edge[QStringLiteral("to")] = headId;
        edges[i] = edge;
    }
    graph[QStringLiteral("nodes")] = nodes;
    graph[QStringLiteral("edges")] = edges;
    project[QStringLiteral("graph")] = graph;
    QJsonObject dataset = project.value(QStringLiteral("dataset")).toObject();
    dataset[QStringLiteral("spec")] = QStringLiteral("bundled:digits?classes=5,6,7,8,9&per_class=40");
    project[QStringLiteral("dataset")] = dataset;
    const QString path = dir.filePath(QStringLiteral("target.nwproj"));
    QFile out(path);
    EXPECT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(project).toJson());
    return path;
}

class TransferCommand : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_pretrained = m_dir.filePath(QStringLiteral("pre.nwproj"));
        const CliResult pre = runCli({ QStringLiteral("train"), source(QStringLiteral("resources/examples/digits.nwproj")),
            QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--out"), m_pretrained });
        ASSERT_EQ(pre.exitCode, 0) << qPrintable(pre.describe());
    }

    CliResult train(const QString& project, const QString& out, const QStringList& extra)
    {
        return runCli(QStringList{ QStringLiteral("train"), project, QStringLiteral("--epochs"), QStringLiteral("3"),
                          QStringLiteral("--out"), out }
            + extra);
    }

    QTemporaryDir m_dir;
    QString m_pretrained;
};

} // namespace

TEST_F(TransferCommand, PrintsVerdictsAndFrozenNodesKeepTheImportedWeightsBitForBit)
{
    const QString target = writeTarget(m_dir, QStringLiteral("out"));
    const QString out = m_dir.filePath(QStringLiteral("tuned.nwproj"));
    const CliResult r = train(target, out,
        { QStringLiteral("--init-from"), m_pretrained, QStringLiteral("--freeze"), QStringLiteral("fc1") });
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    EXPECT_TRUE(r.out().contains(QStringLiteral("fc1: loaded\n"))) << qPrintable(r.out());
    EXPECT_TRUE(r.out().contains(QStringLiteral("out: shape mismatch: [10, 64] vs [5, 64]\n"))) << qPrintable(r.out());

    const auto pre = tensorsOf(m_dir.filePath(QStringLiteral("pre.safetensors")));
    const auto tuned = tensorsOf(m_dir.filePath(QStringLiteral("tuned.safetensors")));
    EXPECT_TRUE(bitIdentical(tuned.at("fc1.weight"), pre.at("fc1.weight")));
    EXPECT_TRUE(bitIdentical(tuned.at("fc1.bias"), pre.at("fc1.bias")));

    // The head's starting point: the same run with the head frozen too.
    const QString still = m_dir.filePath(QStringLiteral("still.nwproj"));
    ASSERT_EQ(train(target, still,
                  { QStringLiteral("--init-from"), m_pretrained, QStringLiteral("--freeze"), QStringLiteral("fc1,out") })
                  .exitCode,
        0);
    const auto start = tensorsOf(m_dir.filePath(QStringLiteral("still.safetensors")));
    EXPECT_TRUE(bitIdentical(start.at("fc1.weight"), pre.at("fc1.weight")));
    EXPECT_FALSE(bitIdentical(tuned.at("out.weight"), start.at("out.weight"))) << "the unfrozen head trained";
    // --freeze is for the run only: the saved project still trains every node.
    QFile saved(out);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_FALSE(saved.readAll().contains("\"trainable\": false"));
}

TEST_F(TransferCommand, StartsFromImportedWeightsNotTheSeeds)
{
    const QString target = writeTarget(m_dir, QStringLiteral("out"));
    const QString tuned = m_dir.filePath(QStringLiteral("tuned.nwproj"));
    const QString scratch = m_dir.filePath(QStringLiteral("scratch.nwproj"));
    // Another seed than the pre-training's, so a scratch run starts elsewhere.
    const QStringList seed{ QStringLiteral("--seed"), QStringLiteral("7") };
    ASSERT_EQ(train(target, tuned,
                  QStringList{ QStringLiteral("--init-from"), m_dir.filePath(QStringLiteral("pre.safetensors")) } + seed)
                  .exitCode,
        0);
    ASSERT_EQ(train(target, scratch, seed).exitCode, 0);
    const auto pre = tensorsOf(m_dir.filePath(QStringLiteral("pre.safetensors")));
    const auto a = tensorsOf(m_dir.filePath(QStringLiteral("tuned.safetensors")));
    const auto b = tensorsOf(m_dir.filePath(QStringLiteral("scratch.safetensors")));
    // Unfrozen, fc1 trained on from the imported values: near them, far from the scratch run's.
    EXPECT_FALSE(bitIdentical(a.at("fc1.weight"), pre.at("fc1.weight")));
    double toPre = 0, toScratch = 0;
    for (std::size_t i = 0; i < a.at("fc1.weight").size(); ++i) {
        toPre += std::abs(a.at("fc1.weight")[i] - pre.at("fc1.weight")[i]);
        toScratch += std::abs(a.at("fc1.weight")[i] - b.at("fc1.weight")[i]);
    }
    EXPECT_LT(toPre * 5, toScratch);
}

TEST_F(TransferCommand, AMappingMatchesARenamedNodeAndJsonListsTheVerdicts)
{
    const QString target = writeTarget(m_dir, QStringLiteral("head"));
    const CliResult r = train(target, m_dir.filePath(QStringLiteral("t.nwproj")),
        { QStringLiteral("--init-from"), m_pretrained, QStringLiteral("--init-map"), QStringLiteral("out=head"),
            QStringLiteral("--json") });
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    QString problem;
    const auto json = singleJsonObject(r.stdoutBytes, &problem);
    ASSERT_TRUE(json) << qPrintable(problem);
    const QJsonObject init = json->value(QStringLiteral("init_from")).toObject();
    EXPECT_EQ(init.value(QStringLiteral("file")).toString(), m_pretrained);
    const QJsonArray nodes = init.value(QStringLiteral("nodes")).toArray();
    ASSERT_EQ(nodes.size(), 2);
    EXPECT_EQ(nodes[0].toObject(), (QJsonObject{{"node", "fc1"}, {"verdict", "loaded"}}));
    EXPECT_EQ(nodes[1].toObject(),
        (QJsonObject{{"node", "head"}, {"source", "out"}, {"verdict", "shape mismatch: [10, 64] vs [5, 64]"}}));
}

TEST_F(TransferCommand, BadRequestsExitNonZeroNamingTheProblemAndWriteNothing)
{
    const QString target = writeTarget(m_dir, QStringLiteral("out"));
    const QString out = m_dir.filePath(QStringLiteral("never.nwproj"));
    const QString corrupt = m_dir.filePath(QStringLiteral("corrupt.safetensors"));
    {
        QFile f(corrupt);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x10\x00\x00\x00\x00\x00\x00\x00{\"a\":", 13));
    }
    const QString missing = m_dir.filePath(QStringLiteral("missing.safetensors"));
    struct Case {
        QStringList args;
        int exitCode;
        QString message;
    };
    const Case cases[] = {
        { { QStringLiteral("--init-from"), missing }, 1, missing + QStringLiteral(": no such file") },
        { { QStringLiteral("--init-from"), corrupt }, 1, corrupt },
        { { QStringLiteral("--init-from"), target }, 1, QStringLiteral("the project has no weights to import") },
        { { QStringLiteral("--freeze"), QStringLiteral("fc1,nosuch") }, 1,
            QStringLiteral("cannot freeze 'nosuch': the network has no such node") },
        { { QStringLiteral("--freeze"), QStringLiteral("fc1,") }, 2, QStringLiteral("--freeze takes node ids") },
        { { QStringLiteral("--init-map"), QStringLiteral("a=b") }, 2, QStringLiteral("--init-map needs --init-from") },
        { { QStringLiteral("--init-from"), m_pretrained, QStringLiteral("--init-map"), QStringLiteral("out") }, 2,
            QStringLiteral("--init-map takes OLD=NEW pairs") },
        { { QStringLiteral("--init-from"), m_pretrained, QStringLiteral("--resume") }, 2,
            QStringLiteral("cannot be combined with --resume") },
    };
    for (const Case& c : cases) {
        const CliResult r = train(target, out, c.args);
        EXPECT_EQ(r.exitCode, c.exitCode) << qPrintable(c.args.join(' ') + ": " + r.describe());
        EXPECT_FALSE(r.crashed || r.timedOut);
        EXPECT_TRUE(r.err().contains(c.message)) << qPrintable(c.args.join(' ') + ": " + r.err());
        EXPECT_FALSE(QFileInfo::exists(out)) << qPrintable(c.args.join(' '));
        EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("never.safetensors"))));
    }
}
