// Bad ONNX files are refused like every other loader's input: naming the file and
// the problem, writing nothing. And models with operators we have no layer for are
// refused with every such operator listed, with its node names and count.
#include "interop/onnx/OnnxExporter.h"
#include "interop/onnx/OnnxExportInfo.h"
#include "interop/onnx/OnnxImporter.h"
#include "OnnxTestModels.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <onnx/onnx_pb.h>
#include <random>
#include <tuple>

using namespace nw;
using namespace nwtest;

namespace {

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray serialized(const onnx::ModelProto& m)
{
    std::string s;
    m.SerializeToString(&s);
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

// input [batch, 4] -> ops... -> output, each op named as given.
onnx::ModelProto chain(const std::vector<std::pair<std::string, std::string>>& ops, std::int64_t width = 4,
    std::int64_t opset = 17, std::int64_t steps = 0)
{
    onnx::ModelProto m;
    m.set_ir_version(8);
    m.add_opset_import()->set_version(opset);
    auto* g = m.mutable_graph();
    auto* in = g->add_input();
    in->set_name("x");
    auto* t = in->mutable_type()->mutable_tensor_type();
    t->set_elem_type(onnx::TensorProto::FLOAT);
    t->mutable_shape()->add_dim()->set_dim_param("batch");
    if (steps > 0)
        t->mutable_shape()->add_dim()->set_dim_value(steps);
    t->mutable_shape()->add_dim()->set_dim_value(width);
    std::string previous = "x";
    for (const auto& [op, name] : ops) {
        auto* n = g->add_node();
        n->set_op_type(op);
        n->set_name(name);
        n->add_input(previous);
        // (append, not operator+: GCC 12 warns falsely about the latter, -Wrestrict)
        previous = name;
        previous.append("_out");
        n->add_output(previous);
    }
    g->add_output()->set_name(previous);
    return m;
}

// Runs the import into a fresh folder and checks that it failed, wrote nothing and said `expected`.
void expectRefused(const QByteArray& bytes, const QString& expected)
{
    QTemporaryDir dir;
    const QString model = dir.filePath(QStringLiteral("model.onnx"));
    const QString project = dir.filePath(QStringLiteral("out.nwproj"));
    writeBytes(model, bytes);
    QString error;
    EXPECT_FALSE(OnnxImporter::importTo(model, project, &error));
    EXPECT_TRUE(error.startsWith(model)) << error.toStdString();
    EXPECT_TRUE(error.contains(expected)) << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(project));
    EXPECT_FALSE(QFileInfo::exists(Project::defaultWeightsPath(project)));
}

QByteArray exportedExample()
{
    CompiledModel c = compileProject(onnxTestModels().front().project);
    randomizeWeights(c.graph(), 3);
    QString error;
    return OnnxExporter::serialize(*c.model, c.graph(), {}, 17, &error);
}

} // namespace

TEST(OnnxImportBadInput, EmptyFile)
{
    expectRefused({}, QStringLiteral("the file is empty"));
}

TEST(OnnxImportBadInput, WrongMagic)
{
    expectRefused(QByteArray::fromHex("89504e470d0a1a0a0000000d49484452"),
        QStringLiteral("not an ONNX model (it starts with the bytes 89 50 4e 47)"));
}

TEST(OnnxImportBadInput, TruncatedEverywhereIsRefusedNeverCrashes)
{
    const QByteArray whole = exportedExample();
    ASSERT_GT(whole.size(), 100);
    for (qsizetype cut : { qsizetype(1), whole.size() / 3, whole.size() / 2, whole.size() - 7 }) {
        SCOPED_TRACE(cut);
        QTemporaryDir dir;
        const QString model = dir.filePath(QStringLiteral("cut.onnx"));
        writeBytes(model, whole.left(cut));
        QString error;
        EXPECT_FALSE(OnnxImporter::read(model, &error));
        EXPECT_TRUE(error.startsWith(model)) << error.toStdString();
    }
    expectRefused(whole.left(whole.size() / 2), QStringLiteral("truncated or damaged"));
}

TEST(OnnxImportBadInput, HugeInitializerDimsAreRefusedBeforeAllocating)
{
    onnx::ModelProto m = chain({ { "Relu", "r" } });
    auto* w = m.mutable_graph()->add_initializer();
    w->set_name("w");
    w->set_data_type(onnx::TensorProto::FLOAT);
    w->add_dims(1'000'000'000);
    w->add_dims(1'000'000'000);
    w->set_raw_data(std::string(16, '\0'));
    expectRefused(serialized(m), QStringLiteral("initializer 'w' claims a huge shape"));
}

TEST(OnnxImportBadInput, InitializerDataShorterThanItsDims)
{
    onnx::ModelProto m = chain({ { "Gemm", "fc" } });
    auto* w = m.mutable_graph()->add_initializer();
    w->set_name("w");
    w->set_data_type(onnx::TensorProto::FLOAT);
    w->add_dims(3);
    w->add_dims(4);
    w->set_raw_data(std::string(8, '\0'));
    m.mutable_graph()->mutable_node(0)->add_input(w->name());
    expectRefused(serialized(m), QStringLiteral("tensor 'w' has 8 bytes of data for 12 values"));
}

TEST(OnnxImportBadInput, HugeInputDims)
{
    expectRefused(
        serialized(chain({ { "Relu", "r" } }, 5'000'000'000)), QStringLiteral("input 'x': axis 1 has a huge size"));
}

TEST(OnnxImport, UnsupportedOperatorsAreAllListedWithNamesAndCounts)
{
    expectRefused(serialized(chain({ { "Sin", "s1" }, { "Relu", "r" }, { "Cos", "c1" }, { "Sin", "s2" } })),
        QStringLiteral("the model uses operators Netwright has no layer for:\n  Cos (1): c1\n  Sin (2): s1, s2"));
}

TEST(OnnxImport, SettingsWeCannotExpressNameTheNode)
{
    onnx::ModelProto m = chain({ { "Flatten", "flat" } });
    auto* a = m.mutable_graph()->mutable_node(0)->add_attribute();
    a->set_name("axis");
    a->set_type(onnx::AttributeProto::INT);
    a->set_i(2);
    expectRefused(serialized(m), QStringLiteral("Flatten node 'flat': only axis=1"));
}

TEST(OnnxImport, DecoderSettingsWeCannotExpressNameTheNode)
{
    expectRefused(serialized(chain({ { "Resize", "up" } })),
        QStringLiteral("Resize node 'up': only constant scales are supported (not sizes)"));
    expectRefused(serialized(chain({ { "ConvTranspose", "deconv" } })),
        QStringLiteral("ConvTranspose node 'deconv': only 2-D transposed convolutions with a constant square weight"));
    // Constant scales, but a mode we have no layer for.
    onnx::ModelProto m = chain({ { "Resize", "up" } });
    auto* node = m.mutable_graph()->mutable_node(0);
    node->add_input("");
    node->add_input("scales");
    auto* scales = m.mutable_graph()->add_initializer();
    scales->set_name("scales");
    scales->set_data_type(onnx::TensorProto::FLOAT);
    scales->add_dims(4);
    for (float v : { 1.0f, 1.0f, 2.0f, 2.0f })
        scales->add_float_data(v);
    auto* mode = node->add_attribute();
    mode->set_name("mode");
    mode->set_type(onnx::AttributeProto::STRING);
    mode->set_s("cubic");
    expectRefused(serialized(m), QStringLiteral("Resize node 'up': mode cubic is not supported (nearest or linear)"));
    scales->set_float_data(2, 1.5f);
    scales->set_float_data(3, 1.5f);
    mode->set_s("linear");
    expectRefused(serialized(m), QStringLiteral("Resize node 'up': the scale must be a whole number"));
}

TEST(OnnxImport, WritesAProjectAndWeightsThatReopen)
{
    QTemporaryDir dir;
    const QString model = dir.filePath(QStringLiteral("m.onnx"));
    writeBytes(model, exportedExample());
    const QString project = dir.filePath(QStringLiteral("imported.nwproj"));
    QString error;
    ASSERT_TRUE(OnnxImporter::importTo(model, project, &error)) << error.toStdString();
    EXPECT_TRUE(QFileInfo::exists(project));
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("imported.safetensors"))));
}

TEST(OnnxImportBadInput, RandomlyDamagedModelsAreRefusedOrReadNeverCrash)
{
    // Every fixture and one of our exports, with a few bytes changed at random
    // (seeded): each read either succeeds or says why naming the file, and returns.
    std::vector<QByteArray> models { exportedExample() };
    for (const char* name : { "torch_mlp", "torch_cnn", "torch_tokens_opset13", "torch_lstm_bidirectional",
             "torch_cnn_view", "torch_attention" }) {
        QFile f(QStringLiteral(NETWRIGHT_SOURCE_DIR "/tests/fixtures/onnx/%1.onnx").arg(QLatin1String(name)));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        models.push_back(f.readAll());
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.onnx"));
    std::mt19937 rng(7);
    int refused = 0, read = 0;
    for (const QByteArray& model : models)
        for (int round = 0; round < 150; ++round) {
            QByteArray bytes = model;
            const int changes = 1 + static_cast<int>(rng() % 6);
            for (int c = 0; c < changes; ++c)
                bytes[static_cast<qsizetype>(rng() % static_cast<unsigned>(bytes.size()))] = static_cast<char>(rng());
            writeBytes(path, bytes);
            QString error;
            if (OnnxImporter::read(path, &error)) {
                ++read;
            } else {
                ++refused;
                EXPECT_TRUE(error.startsWith(path)) << error.toStdString();
            }
        }
    EXPECT_GT(refused, 0);
    std::printf("damaged models: %d refused, %d still read\n", refused, read);
}

TEST(OnnxImport, OldOperatorSetsAreRefusedAndOpset12SoftmaxOnlyOverFlatInputs)
{
    expectRefused(serialized(chain({ { "Relu", "r" } }, 4, 8)), QStringLiteral("opset 9 or newer"));
    // Before opset 13 Softmax flattened from its axis on: ours only for [N, C].
    expectRefused(serialized(chain({ { "Softmax", "soft" } }, 4, 12, 3)),
        QStringLiteral("node 'soft': a Softmax of opset 12 or older over a non-flat input"));
    QTemporaryDir dir;
    const QString model = dir.filePath(QStringLiteral("flat.onnx"));
    writeBytes(model, serialized(chain({ { "Softmax", "soft" } }, 4, 12)));
    QString error;
    const auto imported = OnnxImporter::read(model, &error);
    ASSERT_TRUE(imported) << error.toStdString();
    CompiledModel c = compileProject(imported->project);
    EXPECT_EQ(c.model->node(QStringLiteral("soft"))->type, QStringLiteral("Softmax"));
}

TEST(OnnxImportBadInput, IdentitiesInACircleAreRefusedWithoutHanging)
{
    onnx::ModelProto m = chain({});
    auto* g = m.mutable_graph();
    g->clear_output();
    for (const auto& [name, from, to] :
        { std::tuple { "a", "b_out", "a_out" }, std::tuple { "b", "a_out", "b_out" } }) {
        auto* n = g->add_node();
        n->set_op_type("Identity");
        n->set_name(name);
        n->add_input(from);
        n->add_output(to);
    }
    g->add_output()->set_name("a_out");
    expectRefused(serialized(m), QStringLiteral("is not made by any layer"));
}
