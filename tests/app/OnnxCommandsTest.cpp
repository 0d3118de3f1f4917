// `netwright-cli export --format onnx` and `netwright-cli import`, run as a user
// runs them: a trained project exported, imported back and predicting the same; a
// model torch.onnx.export wrote imported and predicting what PyTorch predicted
// (tests/fixtures/make_torch_onnx.py); bad files and unsupported operators refused
// with exit 1, naming the file, writing nothing; usage errors with exit 2. The
// ONNX checker and onnxruntime judge the exports in tests/onnx.
#include "CliRunner.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

#include <cmath>
#include <cstring>
#include <vector>

using namespace nwtest;

namespace {

// The float32 values of a .npy file (numpy's or predict's); empty when it is not one.
std::vector<float> npyFloats(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    if (bytes.size() < 10 || !bytes.startsWith("\x93NUMPY"))
        return {};
    const int length = static_cast<uchar>(bytes[8]) | (static_cast<uchar>(bytes[9]) << 8);
    if (!bytes.mid(10, length).contains("'<f4'"))
        return {};
    std::vector<float> values(static_cast<std::size_t>(bytes.size() - 10 - length) / sizeof(float));
    std::memcpy(values.data(), bytes.constData() + 10 + length, values.size() * sizeof(float));
    return values;
}

// A float32 .npy v1.0 file, C order, as numpy.save writes it.
void writeNpy(const QString& path, const std::vector<int>& shape, const std::vector<float>& values)
{
    QStringList dims;
    for (int d : shape)
        dims << QString::number(d);
    QByteArray header = QStringLiteral("{'descr': '<f4', 'fortran_order': False, 'shape': (%1), }")
                            .arg(dims.join(QStringLiteral(", ")))
                            .toLatin1();
    while ((10 + header.size() + 1) % 64 != 0)
        header += ' ';
    header += '\n';
    QByteArray bytes("\x93NUMPY\x01\x00", 8);
    bytes += char(header.size() & 0xff);
    bytes += char(header.size() >> 8);
    bytes += header;
    bytes += QByteArray(
        reinterpret_cast<const char*>(values.data()), static_cast<qsizetype>(values.size() * sizeof(float)));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QJsonArray probabilities(const CliResult& r)
{
    QString problem;
    const auto json = singleJsonObject(r.stdoutBytes, &problem);
    EXPECT_TRUE(json) << qPrintable(problem);
    QJsonArray all;
    for (const QJsonValue& p : json.value_or(QJsonObject()).value(QStringLiteral("predictions")).toArray())
        for (const QJsonValue& v : p.toObject().value(QStringLiteral("probabilities")).toArray())
            all.append(v);
    return all;
}

} // namespace

TEST(OnnxCommands, TrainedProjectExportsAndImportsBackPredictingTheSame)
{
    QTemporaryDir dir;
    const QString trained = dir.filePath(QStringLiteral("iris.nwproj"));
    CliResult r = runCli({ QStringLiteral("train"), source(QStringLiteral("resources/examples/iris.nwproj")),
                             QStringLiteral("--epochs"), QStringLiteral("3"), QStringLiteral("--out"), trained },
        { .timeout = std::chrono::minutes(2) });
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    const QString model = dir.filePath(QStringLiteral("iris.onnx"));
    r = runCli({ QStringLiteral("export"), trained, QStringLiteral("--format"), QStringLiteral("onnx"),
        QStringLiteral("--output"), model, QStringLiteral("--opset"), QStringLiteral("13"), QStringLiteral("--json") });
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    QString problem;
    const auto exported = singleJsonObject(r.stdoutBytes, &problem);
    ASSERT_TRUE(exported) << qPrintable(problem);
    EXPECT_EQ(exported->value(QStringLiteral("opset")).toInt(), 13);
    ASSERT_TRUE(QFileInfo::exists(model));

    const QString imported = dir.filePath(QStringLiteral("back.nwproj"));
    r = runCli({ QStringLiteral("import"), model, QStringLiteral("--output"), imported });
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    EXPECT_TRUE(r.err().contains(QStringLiteral("class names: [\"setosa\",\"versicolor\",\"virginica\"]")))
        << qPrintable(r.err());
    EXPECT_TRUE(r.err().contains(QStringLiteral("input scaling: {\"kind\":\"standardize\""))) << qPrintable(r.err());
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("back.safetensors"))));

    // The model's input takes values as the engine sees them (standardised), so both
    // projects get the same .npy, which predict passes on as it is.
    const QString samples = dir.filePath(QStringLiteral("samples.npy"));
    writeNpy(samples, { 3, 4 }, { 0.5f, -1.2f, 0.3f, 0.9f, -0.7f, 0.4f, 1.5f, -0.2f, 1.1f, 0.0f, -0.8f, 0.6f });
    r = runCli({ QStringLiteral("predict"), trained, QStringLiteral("--input"), samples, QStringLiteral("--json") });
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    const QJsonArray original = probabilities(r);
    r = runCli({ QStringLiteral("predict"), imported, QStringLiteral("--input"), samples, QStringLiteral("--json") });
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    const QJsonArray back = probabilities(r);
    ASSERT_EQ(back.size(), original.size());
    ASSERT_EQ(original.size(), 9);
    for (qsizetype i = 0; i < original.size(); ++i)
        EXPECT_NEAR(back[i].toDouble(), original[i].toDouble(), 1e-6) << i;
}

TEST(OnnxCommands, TorchExportedModelImportsAndPredictsLikePyTorch)
{
    for (const char* name : { "torch_cnn", "torch_tokens_opset13" }) {
        SCOPED_TRACE(name);
        QTemporaryDir dir;
        const QString base = source(QStringLiteral("tests/fixtures/onnx/%1").arg(QLatin1String(name)));
        const QString project = dir.filePath(QStringLiteral("imported.nwproj"));
        CliResult r = runCli({ QStringLiteral("import"), base + QStringLiteral(".onnx"), QStringLiteral("--output"),
            project, QStringLiteral("--json") });
        ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
        const QString out = dir.filePath(QStringLiteral("p.npy"));
        r = runCli({ QStringLiteral("predict"), project, QStringLiteral("--input"), base + QStringLiteral(".input.npy"),
            QStringLiteral("--output"), out });
        ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
        const std::vector<float> got = npyFloats(out);
        const std::vector<float> expected = npyFloats(base + QStringLiteral(".expected.npy"));
        ASSERT_FALSE(expected.empty());
        ASSERT_EQ(got.size(), expected.size());
        for (std::size_t i = 0; i < got.size(); ++i)
            EXPECT_NEAR(got[i], expected[i], 1e-4) << i;
    }
}

TEST(OnnxCommands, BadFilesAreRefusedNamingTheFileAndWritingNothing)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("picture.onnx"));
    QFile f(png);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray::fromHex("89504e470d0a1a0a0000000d49484452"));
    f.close();
    QFile whole(source(QStringLiteral("tests/fixtures/onnx/torch_mlp.onnx")));
    ASSERT_TRUE(whole.open(QIODevice::ReadOnly));
    const QString cut = dir.filePath(QStringLiteral("cut.onnx"));
    QFile c(cut);
    ASSERT_TRUE(c.open(QIODevice::WriteOnly));
    c.write(whole.readAll().left(1000));
    c.close();
    for (const auto& [file, words] : { std::pair { png, QStringLiteral("not an ONNX model") },
             std::pair { cut, QStringLiteral("truncated or damaged") },
             std::pair { dir.filePath(QStringLiteral("missing.onnx")), QStringLiteral("no such file") } }) {
        const QString project = dir.filePath(QStringLiteral("out.nwproj"));
        const CliResult r = runCli({ QStringLiteral("import"), file, QStringLiteral("--output"), project });
        EXPECT_EQ(r.exitCode, 1) << qPrintable(r.describe());
        EXPECT_FALSE(r.crashed);
        EXPECT_TRUE(r.err().contains(file) && r.err().contains(words)) << qPrintable(r.err());
        EXPECT_FALSE(QFileInfo::exists(project));
        EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("out.safetensors"))));
    }
}

TEST(OnnxCommands, UsageErrors)
{
    QTemporaryDir dir;
    const QString xor_ = source(QStringLiteral("resources/examples/xor.nwproj"));
    const QString onnx = dir.filePath(QStringLiteral("x.onnx"));
    EXPECT_EQ(runCli({ QStringLiteral("export"), xor_, QStringLiteral("--format"), QStringLiteral("onnx"),
                         QStringLiteral("--output"), onnx, QStringLiteral("--opset"), QStringLiteral("12") })
                  .exitCode,
        2);
    EXPECT_EQ(runCli({ QStringLiteral("export"), xor_, QStringLiteral("--format"), QStringLiteral("onnx"),
                         QStringLiteral("--output"), dir.filePath(QStringLiteral("x.txt")) })
                  .exitCode,
        2);
    EXPECT_FALSE(QFileInfo::exists(onnx));
    EXPECT_EQ(
        runCli({ QStringLiteral("import"), source(QStringLiteral("tests/fixtures/onnx/torch_mlp.onnx")) }).exitCode, 2);
    EXPECT_EQ(runCli({ QStringLiteral("import"), source(QStringLiteral("tests/fixtures/onnx/torch_mlp.onnx")),
                         QStringLiteral("--output"), dir.filePath(QStringLiteral("p.json")) })
                  .exitCode,
        2);
}
