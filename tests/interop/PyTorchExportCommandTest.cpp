// `netwright-cli export --format pytorch`, run as a user runs it: what the folder
// holds (files, data arrays with their dtypes and shapes, info.json), that a second
// export replaces its files but keeps a trained.safetensors, the --json report, and
// usage errors (exit 2) and bad inputs (exit 1) refused with a message that names
// the file or node, writing nothing. That model.py and train.py compute what the
// engine computes is checked by PyTorch itself (check_pytorch_*.py beside this file).
#include "CliRunner.h"
#include "interop/pytorch/PyTorchLayerCode.h"
#include "model/LayerRegistry.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace nwtest;

namespace {

QString npyHeader(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.read(128);
    const int length = static_cast<uchar>(bytes[8]) | (static_cast<uchar>(bytes[9]) << 8);
    return QString::fromLatin1(bytes.mid(10, length)).trimmed();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A copy of an example with one node renamed (ids are also weight and module names).
QString exampleWithNodeRenamed(const QTemporaryDir& dir, const QString& example, const QString& from, const QString& to)
{
    QString text = QString::fromUtf8(readAll(source(example)));
    text.replace(QStringLiteral("\"%1\"").arg(from), QStringLiteral("\"%1\"").arg(to));
    const QString path = dir.filePath(QStringLiteral("renamed.nwproj"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(text.toUtf8());
    return path;
}

} // namespace

TEST(PyTorchLayerCode, EveryRegisteredLayerTypeHasAPyTorchForm)
{
    for (const QString& type : nw::LayerRegistry::instance().typeNames())
        EXPECT_TRUE(nw::pytorch::hasPyTorchForm(type)) << qPrintable(type);
}

TEST(PyTorchExport, WritesModelWeightsTrainingScriptReadmeAndData)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("digits-torch"));
    const CliResult r = runCli({ QStringLiteral("export"), source(QStringLiteral("resources/examples/digits.nwproj")),
        QStringLiteral("--format"), QStringLiteral("pytorch"), QStringLiteral("--output"), out });
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    for (const char* name : { "model.py", "weights.safetensors", "train.py", "README.md" })
        EXPECT_TRUE(QFile::exists(QDir(out).filePath(QLatin1String(name)))) << name;
    const QString model = QString::fromUtf8(readAll(QDir(out).filePath(QStringLiteral("model.py"))));
    EXPECT_TRUE(model.contains(QLatin1String("class Net(nn.Module):")));
    EXPECT_TRUE(model.contains(QLatin1String("self.fc1 = nn.Linear(64, 64)")));
    EXPECT_TRUE(model.contains(QLatin1String("def load(weights=None):")));
    const QString train = QString::fromUtf8(readAll(QDir(out).filePath(QStringLiteral("train.py"))));
    EXPECT_TRUE(train.contains(QLatin1String("EPOCHS = 40")));
    EXPECT_TRUE(train.contains(QLatin1String("DistributedDataParallel")));
    EXPECT_TRUE(readAll(QDir(out).filePath(QStringLiteral("README.md"))).contains("--rdzv_endpoint"));

    // 1797 digits split 70/15/15: images stay uint8 [N, 1, 8, 8], labels int64 [N].
    const QString data = QDir(out).filePath(QStringLiteral("data"));
    EXPECT_EQ(npyHeader(QDir(data).filePath(QStringLiteral("train_x.npy"))),
        QStringLiteral("{'descr': '|u1', 'fortran_order': False, 'shape': (1257, 1, 8, 8), }"));
    EXPECT_EQ(npyHeader(QDir(data).filePath(QStringLiteral("test_y.npy"))),
        QStringLiteral("{'descr': '<i8', 'fortran_order': False, 'shape': (270,), }"));
    const QJsonObject info
        = QJsonDocument::fromJson(readAll(QDir(data).filePath(QStringLiteral("info.json")))).object();
    EXPECT_DOUBLE_EQ(info[QStringLiteral("x_scale")].toDouble(), 1.0 / 16.0);
    EXPECT_EQ(info[QStringLiteral("classes")].toArray().size(), 10);
    EXPECT_EQ(info[QStringLiteral("samples")].toObject()[QStringLiteral("validation")].toInt(), 270);
}

TEST(PyTorchExport, TabularDataIsWrittenStandardisedAsFloat32)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("iris"));
    const CliResult r = runCli({ QStringLiteral("export"), source(QStringLiteral("resources/examples/iris.nwproj")),
        QStringLiteral("--format"), QStringLiteral("pytorch"), QStringLiteral("--output"), out });
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    EXPECT_EQ(npyHeader(QDir(out).filePath(QStringLiteral("data/train_x.npy"))),
        QStringLiteral("{'descr': '<f4', 'fortran_order': False, 'shape': (90, 4), }"));
    const QJsonObject info
        = QJsonDocument::fromJson(readAll(QDir(out).filePath(QStringLiteral("data/info.json")))).object();
    EXPECT_EQ(info[QStringLiteral("x_dtype")].toString(), QStringLiteral("float32"));
    EXPECT_DOUBLE_EQ(info[QStringLiteral("x_scale")].toDouble(), 1.0);
}

TEST(PyTorchExport, NoDataLeavesDataOutAndJsonListsTheFiles)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("xor"));
    const CliResult r = runCli({ QStringLiteral("export"), source(QStringLiteral("resources/examples/xor.nwproj")),
        QStringLiteral("--format"), QStringLiteral("pytorch"), QStringLiteral("--output"), out,
        QStringLiteral("--no-data"), QStringLiteral("--json") });
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    QString problem;
    const auto json = singleJsonObject(r.stdoutBytes, &problem);
    ASSERT_TRUE(json) << qPrintable(problem);
    EXPECT_EQ((*json)[QStringLiteral("format")].toString(), QStringLiteral("pytorch"));
    EXPECT_EQ((*json)[QStringLiteral("files")].toArray().size(), 4);
    EXPECT_FALSE(QFile::exists(QDir(out).filePath(QStringLiteral("data"))));
    EXPECT_TRUE(QFile::exists(QDir(out).filePath(QStringLiteral("model.py"))));
}

TEST(PyTorchExport, ExportingAgainReplacesItsFilesAndKeepsTrainedWeights)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("again"));
    const QStringList args { QStringLiteral("export"), source(QStringLiteral("resources/examples/circle.nwproj")),
        QStringLiteral("--format"), QStringLiteral("pytorch"), QStringLiteral("--output"), out,
        QStringLiteral("--no-data") };
    ASSERT_EQ(runCli(args).exitCode, 0);
    QFile model(QDir(out).filePath(QStringLiteral("model.py")));
    ASSERT_TRUE(model.open(QIODevice::WriteOnly));
    model.write("edited");
    model.close();
    QFile trained(QDir(out).filePath(QStringLiteral("trained.safetensors")));
    ASSERT_TRUE(trained.open(QIODevice::WriteOnly));
    trained.write("kept");
    trained.close();
    const CliResult r = runCli(args);
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    EXPECT_TRUE(readAll(model.fileName()).startsWith("\"\"\"Circle"));
    EXPECT_EQ(readAll(trained.fileName()), QByteArray("kept"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
        QStringList { QStringLiteral("again") })
        << "the staging folder must be gone";
}

TEST(PyTorchExport, UsageErrorsExitTwo)
{
    const QString project = source(QStringLiteral("resources/examples/xor.nwproj"));
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x"));
    CliResult r = runCli({ QStringLiteral("export"), project, QStringLiteral("--output"), out });
    EXPECT_EQ(r.exitCode, 2) << qPrintable(r.describe());
    EXPECT_TRUE(r.err().contains(QLatin1String("--format"))) << qPrintable(r.err());
    r = runCli({ QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("keras"),
        QStringLiteral("--output"), out });
    EXPECT_EQ(r.exitCode, 2) << qPrintable(r.describe());
    EXPECT_TRUE(r.err().contains(QLatin1String("'keras'"))) << qPrintable(r.err());
    r = runCli({ QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("pytorch") });
    EXPECT_EQ(r.exitCode, 2) << qPrintable(r.describe());
    EXPECT_TRUE(r.err().contains(QLatin1String("--output"))) << qPrintable(r.err());
    r = runCli({ QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("pytorch"),
        QStringLiteral("--output"), out, QStringLiteral("--opset"), QStringLiteral("13") });
    EXPECT_EQ(r.exitCode, 2) << qPrintable(r.describe());
    EXPECT_TRUE(r.err().contains(QLatin1String("--opset does not apply"))) << qPrintable(r.err());
    EXPECT_FALSE(QFile::exists(out));
}

TEST(PyTorchExport, BadInputsExitOneNamingTheProblemAndWriteNothing)
{
    QTemporaryDir dir;
    // The output is a file, not a folder: it stays as it was.
    const QString file = dir.filePath(QStringLiteral("taken"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("mine");
    f.close();
    CliResult r = runCli({ QStringLiteral("export"), source(QStringLiteral("resources/examples/xor.nwproj")),
        QStringLiteral("--format"), QStringLiteral("pytorch"), QStringLiteral("--output"), file });
    EXPECT_EQ(r.exitCode, 1) << qPrintable(r.describe());
    EXPECT_TRUE(r.err().contains(file) && r.err().contains(QLatin1String("not a folder"))) << qPrintable(r.err());
    EXPECT_EQ(readAll(file), QByteArray("mine"));

    // A project that does not exist.
    const QString out = dir.filePath(QStringLiteral("out"));
    r = runCli({ QStringLiteral("export"), dir.filePath(QStringLiteral("missing.nwproj")), QStringLiteral("--format"),
        QStringLiteral("pytorch"), QStringLiteral("--output"), out });
    EXPECT_EQ(r.exitCode, 1) << qPrintable(r.describe());
    EXPECT_TRUE(r.err().contains(QLatin1String("missing.nwproj"))) << qPrintable(r.err());

    // Data that cannot be read: refused naming the file; --no-data exports without reading it.
    QString project = QString::fromUtf8(readAll(source(QStringLiteral("resources/examples/iris.nwproj"))));
    project.replace(QStringLiteral("bundled:iris"), QStringLiteral("csv:no-such-table.csv"));
    const QString missingData = dir.filePath(QStringLiteral("missing-data.nwproj"));
    QFile m(missingData);
    ASSERT_TRUE(m.open(QIODevice::WriteOnly));
    m.write(project.toUtf8());
    m.close();
    r = runCli({ QStringLiteral("export"), missingData, QStringLiteral("--format"), QStringLiteral("pytorch"),
        QStringLiteral("--output"), out });
    EXPECT_EQ(r.exitCode, 1) << qPrintable(r.describe());
    EXPECT_TRUE(r.err().contains(QLatin1String("no-such-table.csv"))) << qPrintable(r.err());
    EXPECT_FALSE(QFile::exists(out));
    r = runCli({ QStringLiteral("export"), missingData, QStringLiteral("--format"), QStringLiteral("pytorch"),
        QStringLiteral("--output"), out, QStringLiteral("--no-data") });
    EXPECT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    EXPECT_TRUE(QFile::exists(QDir(out).filePath(QStringLiteral("model.py"))));
    QDir(out).removeRecursively();
    QFile::remove(missingData);

    // Two inputs: the data feeds one, so only --no-data exports (model.py takes both).
    const QString twoInputs = dir.filePath(QStringLiteral("two-inputs.nwproj"));
    QFile t(twoInputs);
    ASSERT_TRUE(t.open(QIODevice::WriteOnly));
    t.write(R"({"format_version": 2, "name": "two", "dataset": {"spec": "toy:xor?samples=100"}, "graph": {"nodes": [
        {"id": "a", "type": "Input", "params": {"shape": [2]}, "position": [0, 0]},
        {"id": "b", "type": "Input", "params": {"shape": [2]}, "position": [0, 100]},
        {"id": "sum", "type": "Add", "params": {}, "position": [200, 0]},
        {"id": "out", "type": "Dense", "params": {"units": 2}, "position": [400, 0]}], "edges": [
        {"from": "a", "to": "sum", "port": 0}, {"from": "b", "to": "sum", "port": 1}, {"from": "sum", "to": "out", "port": 0}]}})");
    t.close();
    r = runCli({ QStringLiteral("export"), twoInputs, QStringLiteral("--format"), QStringLiteral("pytorch"),
        QStringLiteral("--output"), out });
    EXPECT_EQ(r.exitCode, 1) << qPrintable(r.describe());
    EXPECT_TRUE(r.err().contains(QLatin1String("2 inputs"))) << qPrintable(r.err());
    EXPECT_FALSE(QFile::exists(out));
    r = runCli({ QStringLiteral("export"), twoInputs, QStringLiteral("--format"), QStringLiteral("pytorch"),
        QStringLiteral("--output"), out, QStringLiteral("--no-data") });
    EXPECT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    EXPECT_TRUE(readAll(QDir(out).filePath(QStringLiteral("model.py"))).contains("def forward(self, a, b):"));
    QDir(out).removeRecursively();
    QFile::remove(twoInputs);

    // A node id that torch.nn.Module reserves cannot name a submodule: refused, naming the node.
    const QString renamed = exampleWithNodeRenamed(
        dir, QStringLiteral("resources/examples/xor.nwproj"), QStringLiteral("out"), QStringLiteral("train"));
    r = runCli({ QStringLiteral("export"), renamed, QStringLiteral("--format"), QStringLiteral("pytorch"),
        QStringLiteral("--output"), out, QStringLiteral("--no-data") });
    EXPECT_EQ(r.exitCode, 1) << qPrintable(r.describe());
    EXPECT_TRUE(r.err().contains(QLatin1String("node 'train'"))) << qPrintable(r.err());
    EXPECT_FALSE(QFile::exists(out));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
        (QStringList { QStringLiteral("renamed.nwproj"), QStringLiteral("taken") }));
}
