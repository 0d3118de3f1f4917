// Export -> import -> the same predictions, for every example and every test
// network (which together use every registered layer type), at the newest and the
// oldest opset we write. The runtime's view (onnxruntime and the ONNX checker) is
// check_onnx_runtime.py's; this checks that our two halves agree with each other.
#include "interop/onnx/OnnxExporter.h"
#include "interop/onnx/OnnxExportInfo.h"
#include "interop/onnx/OnnxImporter.h"
#include "interop/onnx/OnnxLayerExport.h"
#include "io/GraphWeights.h"
#include "model/LayerRegistry.h"
#include "OnnxTestModels.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QTemporaryDir>

#include <cmath>
#include <set>

using namespace nw;
using namespace nwtest;

namespace {

float maxDifference(const Tensor& a, const Tensor& b)
{
    EXPECT_EQ(a.shape(), b.shape());
    float worst = 0;
    for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i)
        worst = std::max(worst, std::abs(a[i] - b[i]));
    return worst;
}

} // namespace

TEST(OnnxExport, EveryRegisteredLayerTypeHasAnEntry)
{
    for (const QString& type : LayerRegistry::instance().typeNames())
        if (type != QLatin1String("Input")) {
            EXPECT_TRUE(onnxLayerWriters().count(type.toStdString())) << type.toStdString();
        }
}

TEST(OnnxExport, TestNetworksUseEveryRegisteredLayerType)
{
    std::set<QString> used;
    for (const OnnxTestModel& m : onnxTestModels())
        for (const QJsonValue& node : m.project.graph.value(QStringLiteral("nodes")).toArray())
            used.insert(node.toObject().value(QStringLiteral("type")).toString());
    for (const QString& type : LayerRegistry::instance().typeNames())
        EXPECT_TRUE(used.count(type)) << type.toStdString() << " is in no ONNX test network";
}

TEST(OnnxExport, RefusesAnOpsetOutOfRange)
{
    CompiledModel c = compileProject(onnxTestModels().front().project);
    QString error;
    EXPECT_TRUE(OnnxExporter::serialize(*c.model, c.graph(), {}, 12, &error).isEmpty());
    EXPECT_TRUE(error.contains(QStringLiteral("13 to 17"))) << error.toStdString();
    EXPECT_TRUE(OnnxExporter::serialize(*c.model, c.graph(), {}, 18, &error).isEmpty());
}

class OnnxRoundTrip : public ::testing::TestWithParam<int> { };

TEST_P(OnnxRoundTrip, EveryTestNetworkImportsWithIdenticalPredictions)
{
    const int opset = GetParam();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    unsigned seed = 1;
    for (const OnnxTestModel& m : onnxTestModels()) {
        SCOPED_TRACE(m.name.toStdString());
        CompiledModel original = compileProject(m.project);
        randomizeWeights(original.graph(), seed++);
        const Tensor x = randomInputs(*original.model, original.graph(), 5, seed++);
        const Tensor expected = forward(original.graph(), x);

        const QString onnxPath = dir.filePath(m.name + QStringLiteral(".onnx"));
        OnnxExportInfo info;
        info.classNames = { QStringLiteral("a"), QStringLiteral("b") };
        const QString& loss = m.project.training.loss;
        info.probabilities = loss == QLatin1String("mse") ? OnnxProbabilities::None
            : loss == QLatin1String("bce_with_logits")    ? OnnxProbabilities::Sigmoid
                                                          : OnnxProbabilities::Softmax;
        QString error;
        ASSERT_TRUE(OnnxExporter::write(onnxPath, *original.model, original.graph(), info, opset, &error))
            << error.toStdString();
        auto imported = OnnxImporter::read(onnxPath, &error);
        ASSERT_TRUE(imported) << error.toStdString();

        EXPECT_EQ(imported->project.training.loss, loss); // from the "probabilities" metadata
        CompiledModel back = compileProject(imported->project);
        ASSERT_TRUE(applyWeights(back.graph(), imported->weights, &error)) << error.toStdString();
        EXPECT_EQ(back.graph().parameterCount(), original.graph().parameterCount());
        EXPECT_LE(maxDifference(forward(back.graph(), x), expected), 1e-6f);
        // Our node ids come back as they were.
        for (const NodeData& node : original.model->nodes())
            if (node.type != QLatin1String("Softmax") || node.id == original.model->outputNode()) {
                EXPECT_TRUE(back.model->hasNode(node.id) || node.type == QLatin1String("Dropout"))
                    << node.id.toStdString();
            }
    }
}

INSTANTIATE_TEST_SUITE_P(Opsets, OnnxRoundTrip, ::testing::Values(13, 17));
