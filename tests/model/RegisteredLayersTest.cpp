// Every registered layer type, checked the same way, in the spirit of ggml's
// test-backend-ops: the layer the registry builds from its default parameters,
// on every sample shape of a small table that it accepts, must
//   - have input and parameter gradients that match central differences,
//   - give bit-identical outputs, gradients and buffers on 1 and 2 threads,
//   - produce the output shape the compiler inferred for it,
//   - come back from a safetensors file with identical tensors and outputs,
//   - match every PyTorch oracle case written for its type, and have one.
// So a new layer type is tested by being registered and by its entry in
// tests/fixtures/make_torch_oracle.py; nothing needs adding here.
//
// Randomness (Dropout's masks) comes from a key each layer draws when it is
// initialised and from ExecutionContext::step; every pass here fixes both, so
// training mode is checked with a fixed mask and evaluation mode as it is. The one
// exception is the safetensors round trip, which compares outputs in evaluation
// only: the key is not a weight, so the restored graph draws its own.
#include "engine/Graph.h"
#include "engine/Rng.h"
#include "engine/Shuffle.h"
#include "engine/ThreadPool.h"
#include "io/GraphWeights.h"
#include "io/SafetensorsFile.h"
#include "model/GraphCompiler.h"
#include "model/LayerRegistry.h"
#include "model/NetworkGraphModel.h"
#include "ModelTestSupport.h"
#include "support/GradientCheck.h"
#include "support/OracleFixture.h"
#include "support/OracleLayerCase.h"

#include <gtest/gtest.h>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <map>
#include <numeric>
#include <optional>

using namespace nw;

namespace {

const LayerRegistry& registry()
{
    return LayerRegistry::instance();
}

// Sample shapes (no batch): flat features, a sequence [T, F], an image [C, H, W]
// with height and width unequal so that a swapped axis shows. Each layer is
// checked on every one that its outputShape() accepts, and must accept one.
const std::vector<Shape> kSampleShapes { { 5 }, { 3, 4 }, { 2, 5, 6 } };

std::string label(const Shape& sample, bool training)
{
    return "sample " + shapeToString(sample) + (training ? ", training" : ", evaluation");
}

std::unique_ptr<Layer> createLayer(const QString& type, const QVariantMap& params = {})
{
    QString error;
    std::unique_ptr<Layer> layer = registry().createLayer(type, params, &error);
    EXPECT_NE(layer, nullptr) << error.toStdString();
    return layer;
}

int inputCount(const QString& type)
{
    return registry().inputPorts(type).minimum;
}

std::vector<Shape> acceptedShapes(const QString& type)
{
    std::vector<Shape> accepted;
    const std::unique_ptr<Layer> layer = createLayer(type);
    if (!layer)
        return accepted;
    for (const Shape& sample : kSampleShapes) {
        try {
            layer->outputShape(std::vector<Shape>(std::size_t(inputCount(type)), sample));
            accepted.push_back(sample);
        } catch (const std::exception&) {
            // Not a shape this layer takes (Dense wants flat input, pools images).
        }
    }
    return accepted;
}

Shape batched(std::size_t batch, const Shape& sample)
{
    return withBatch(int(batch), sample);
}

// Values 0.1 apart in a seeded order, centred on zero and never on it: a central
// difference (epsilon 0.01) then crosses no kink of ReLU and changes no maximum
// of MaxPool, and a normalised row is never so narrow that the difference's own
// error (its epsilon against the row's spread) shows.
Tensor distinctValues(const Shape& shape, std::uint64_t seed)
{
    Tensor t(shape);
    std::vector<std::size_t> order(t.size());
    std::iota(order.begin(), order.end(), std::size_t { 0 });
    Rng rng(seed);
    fisherYatesShuffle(order, rng);
    const double middle = double(t.size() / 2);
    for (std::size_t i = 0; i < t.size(); ++i)
        t[i] = float(0.05 + (double(order[i]) - middle) * 0.1);
    return t;
}

// Layers whose input is token ids (whole numbers below the default vocab_size),
// not values: they get ids, and only their parameters' gradients are checked.
bool takesTokenIds(const QString& type)
{
    return type == QLatin1String("Embedding");
}

Tensor tokenIds(const Shape& shape, std::uint64_t seed)
{
    Tensor t = test::randomTensor(shape, seed, 0.0f, 1.0f);
    const int vocabulary
        = registry().spec(QStringLiteral("Embedding"))->parameter(QStringLiteral("vocab_size"))->defaultValue.toInt();
    for (std::size_t i = 0; i < t.size(); ++i)
        t[i] = std::floor(t[i] * float(vocabulary));
    return t;
}

std::vector<Tensor> inputsFor(const QString& type, const Shape& sample, std::size_t batch, std::uint64_t seed)
{
    std::vector<Tensor> inputs;
    for (int i = 0; i < inputCount(type); ++i)
        inputs.push_back(takesTokenIds(type) ? tokenIds(batched(batch, sample), seed + std::uint64_t(i))
                                             : test::randomTensor(batched(batch, sample), seed + std::uint64_t(i)));
    return inputs;
}

std::vector<const Tensor*> pointers(const std::vector<Tensor>& tensors)
{
    std::vector<const Tensor*> p;
    for (const Tensor& t : tensors)
        p.push_back(&t);
    return p;
}

void expectBitIdentical(const Tensor& a, const Tensor& b, const std::string& what)
{
    ASSERT_EQ(a.shape(), b.shape()) << what;
    EXPECT_EQ(std::memcmp(a.data(), b.data(), a.size() * sizeof(float)), 0) << what << " differs";
}

// Everything one forward and backward pass leaves behind.
struct Pass {
    Tensor output;
    std::vector<Tensor> inputGrads;
    std::vector<Tensor> parameters; // values after the pass (buffers move in training)
    std::vector<Tensor> grads;
};

Pass runPass(const QString& type, const std::vector<Tensor>& inputs, bool training, int threads)
{
    Pass pass;
    const std::unique_ptr<Layer> layer = createLayer(type);
    std::vector<Shape> shapes;
    for (const Tensor& t : inputs)
        shapes.emplace_back(t.shape().begin() + 1, t.shape().end());
    layer->build(shapes);
    Rng rng(3);
    layer->initialize(rng);
    ThreadPool pool(threads);
    ExecutionContext ctx { &pool, training, 5 };
    layer->forward(pointers(inputs), pass.output, ctx);
    const Tensor outGrad = test::randomTensor(pass.output.shape(), 99);
    pass.inputGrads.resize(inputs.size());
    std::vector<Tensor*> slots;
    for (Tensor& g : pass.inputGrads)
        slots.push_back(&g);
    layer->backward(pointers(inputs), pass.output, outGrad, slots, ctx);
    for (const Parameter* p : layer->parameters()) {
        pass.parameters.push_back(p->value);
        if (p->isTrainable())
            pass.grads.push_back(p->grad);
    }
    return pass;
}

// A graph of Input nodes (one per port the type needs) feeding one node of the type.
struct TinyNetwork {
    NetworkGraphModel model;
    QStringList inputIds;
    QString nodeId;

    TinyNetwork(const QString& type, const Shape& sample)
    {
        QVariantList shape;
        for (int d : sample)
            shape << d;
        for (int port = 0; port < inputCount(type); ++port)
            inputIds << model.addNode(
                QStringLiteral("Input"), {}, test::params({ { QStringLiteral("shape"), shape } }));
        nodeId = model.addNode(type);
        for (int port = 0; port < inputIds.size(); ++port)
            model.addEdge({ inputIds[port], nodeId, port });
    }

    // The engine graph's inputs in its own order, taken from `byPort`.
    std::vector<const Tensor*> feed(const Graph& graph, const std::vector<Tensor>& byPort) const
    {
        std::vector<const Tensor*> feed;
        for (const std::string& id : graph.inputIds())
            feed.push_back(&byPort.at(std::size_t(inputIds.indexOf(QString::fromStdString(id)))));
        return feed;
    }
};

// The layer cases of make_torch_oracle.py, read once.
struct OracleCase {
    std::string file;
    QString type;
    QVariantMap params;
};

const std::vector<OracleCase>& oracleCases()
{
    static const std::vector<OracleCase> cases = [] {
        std::vector<OracleCase> found;
        for (const auto& entry : std::filesystem::directory_iterator(std::string(NETWRIGHT_FIXTURE_DIR) + "/oracle")) {
            const std::string file = "oracle/" + entry.path().filename().string();
            const test::OracleFixture f = test::OracleFixture::load(file);
            if (f.layerType().empty())
                continue; // a loss or an optimizer
            const QJsonDocument params = QJsonDocument::fromJson(QByteArray::fromStdString(f.layerParameters()));
            EXPECT_TRUE(params.isObject()) << file << ": the layer's parameters are not a JSON object";
            found.push_back({ file, QString::fromStdString(f.layerType()), params.object().toVariantMap() });
        }
        std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.file < b.file; });
        return found;
    }();
    return cases;
}

// Parameterised by the type name as std::string, which gtest prints in messages.
class RegisteredLayer : public ::testing::TestWithParam<std::string> {
protected:
    QString type() const { return QString::fromStdString(GetParam()); }
};

} // namespace

TEST_P(RegisteredLayer, TakesOneOfTheSampleShapes)
{
    EXPECT_FALSE(acceptedShapes(type()).empty())
        << "add a sample shape this layer takes to kSampleShapes in " << __FILE__;
}

// The graph refuses a network too big to hold by asking each layer before build();
// a layer that under-reports would let a huge file through to an out-of-memory.
TEST_P(RegisteredLayer, PlansExactlyTheParameterValuesItBuilds)
{
    for (const Shape& sample : acceptedShapes(type())) {
        const std::unique_ptr<Layer> layer = createLayer(type());
        const std::vector<Shape> inputs(std::size_t(inputCount(type())), sample);
        const std::size_t planned = layer->plannedParameterValues(inputs);
        layer->build(inputs);
        std::size_t built = 0;
        for (const Parameter* p : layer->parameters())
            built += p->value.size();
        EXPECT_EQ(planned, built) << "sample " << shapeToString(sample);
    }
}

TEST_P(RegisteredLayer, GradientsMatchNumericalDifferences)
{
    const QString type = this->type();
    for (const Shape& sample : acceptedShapes(type))
        for (const bool training : { true, false }) {
            SCOPED_TRACE(label(sample, training));
            std::vector<Tensor> inputs;
            for (int i = 0; i < inputCount(type); ++i)
                inputs.push_back(takesTokenIds(type) ? tokenIds(batched(2, sample), 11 + std::uint64_t(i))
                                                     : distinctValues(batched(2, sample), 11 + std::uint64_t(i)));
            const std::unique_ptr<Layer> layer = createLayer(type);
            test::GradientCheckOptions options;
            options.training = training;
            options.checkInputs = !takesTokenIds(type);
            const test::GradientCheckResult result = test::checkGradients(*layer, inputs, options);
            EXPECT_GT(result.probes, 0);
            EXPECT_LT(result.worstError, options.tolerance) << result.worstPlace;
        }
}

TEST_P(RegisteredLayer, OneAndTwoThreadsAgreeBitForBit)
{
    const QString type = this->type();
    for (const Shape& sample : acceptedShapes(type)) {
        // Enough samples that the layers' parallel loops split into several parts.
        const std::size_t batch = std::max<std::size_t>(64, 65536 / shapeNumel(sample) + 1);
        const std::vector<Tensor> inputs = inputsFor(type, sample, batch, 21);
        for (const bool training : { true, false }) {
            SCOPED_TRACE(label(sample, training) + ", batch " + std::to_string(batch));
            const Pass one = runPass(type, inputs, training, 1);
            const Pass two = runPass(type, inputs, training, 2);
            expectBitIdentical(one.output, two.output, "output");
            for (std::size_t i = 0; i < one.inputGrads.size(); ++i)
                expectBitIdentical(one.inputGrads[i], two.inputGrads[i], "input gradient " + std::to_string(i));
            ASSERT_EQ(one.parameters.size(), two.parameters.size());
            for (std::size_t i = 0; i < one.parameters.size(); ++i)
                expectBitIdentical(one.parameters[i], two.parameters[i], "parameter " + std::to_string(i));
            for (std::size_t i = 0; i < one.grads.size(); ++i)
                expectBitIdentical(one.grads[i], two.grads[i], "parameter gradient " + std::to_string(i));
        }
    }
}

TEST_P(RegisteredLayer, ForwardGivesTheShapeTheCompilerInferred)
{
    const QString type = this->type();
    for (const Shape& sample : acceptedShapes(type)) {
        SCOPED_TRACE("sample " + shapeToString(sample));
        TinyNetwork net(type, sample);
        const CompileResult compiled = GraphCompiler().compile(net.model);
        ASSERT_TRUE(compiled.ok()) << compiled.summary().toStdString();
        const NodeStatus status = compiled.nodes.value(net.nodeId);
        ASSERT_TRUE(status.shapeKnown);

        const std::vector<Tensor> inputs = inputsFor(type, sample, 3, 31);
        compiled.graph->initialize(1);
        ThreadPool pool(1);
        ExecutionContext ctx { &pool, false, 1 };
        const Tensor& graphOutput = compiled.graph->forward(net.feed(*compiled.graph, inputs), ctx);
        EXPECT_EQ(graphOutput.shape(), batched(3, status.outputShape));

        const Pass alone = runPass(type, inputs, true, 1);
        EXPECT_EQ(alone.output.shape(), batched(3, status.outputShape)) << "the layer on its own";
        EXPECT_EQ(status.parameterCount, qint64(compiled.graph->parameterCount()));
    }
}

TEST_P(RegisteredLayer, WeightsSurviveASafetensorsRoundTrip)
{
    const QString type = this->type();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (const Shape& sample : acceptedShapes(type)) {
        SCOPED_TRACE("sample " + shapeToString(sample));
        TinyNetwork net(type, sample);
        CompileResult saved = GraphCompiler().compile(net.model);
        CompileResult restored = GraphCompiler().compile(net.model);
        ASSERT_TRUE(saved.ok() && restored.ok()) << saved.summary().toStdString();
        saved.graph->initialize(1);
        restored.graph->initialize(2);

        // A training pass first, so buffers (BatchNorm's statistics) hold more than their start values.
        const std::vector<Tensor> inputs = inputsFor(type, sample, 4, 41);
        ThreadPool pool(1);
        ExecutionContext training { &pool, true, 7 };
        saved.graph->forward(net.feed(*saved.graph, inputs), training);

        const std::map<std::string, Tensor> weights = collectWeights(*saved.graph);
        EXPECT_EQ(weights.size(), saved.graph->layer(net.nodeId.toStdString())->parameters().size());
        const QString path = dir.filePath(QStringLiteral("%1-%2.safetensors").arg(type).arg(sample.size()));
        QString error;
        ASSERT_TRUE(SafetensorsFile::write(path, weights, {}, &error)) << error.toStdString();
        const std::optional<SafetensorsContents> read = SafetensorsFile::read(path, &error);
        ASSERT_TRUE(read) << error.toStdString();
        ASSERT_TRUE(applyWeights(*restored.graph, read->tensors, &error)) << error.toStdString();

        const std::map<std::string, Tensor> back = collectWeights(*restored.graph);
        ASSERT_EQ(back.size(), weights.size());
        for (const auto& [name, tensor] : weights)
            expectBitIdentical(back.at(name), tensor, name);
        // Evaluation: in training, Dropout's masks also depend on a key drawn when the
        // graph is initialised, which is not a weight.
        ExecutionContext evaluation { &pool, false, 8 };
        const Tensor expected = saved.graph->forward(net.feed(*saved.graph, inputs), evaluation);
        const Tensor& actual = restored.graph->forward(net.feed(*restored.graph, inputs), evaluation);
        expectBitIdentical(actual, expected, "output");
    }
}

TEST_P(RegisteredLayer, MatchesItsPyTorchOracleCases)
{
    const QString type = this->type();
    int cases = 0;
    for (const OracleCase& oracle : oracleCases()) {
        if (oracle.type != type)
            continue;
        ++cases;
        SCOPED_TRACE(oracle.file);
        const std::unique_ptr<Layer> layer = createLayer(type, oracle.params);
        ASSERT_NE(layer, nullptr);
        test::expectMatchesOracle(*layer, test::OracleFixture::load(oracle.file));
    }
    EXPECT_GT(cases, 0) << "no PyTorch oracle case for " << type.toStdString()
                        << ": add one to tests/fixtures/make_torch_oracle.py and run it";
}

TEST(RegisteredLayers, EveryOracleLayerCaseNamesARegisteredType)
{
    EXPECT_FALSE(oracleCases().empty());
    for (const OracleCase& oracle : oracleCases())
        EXPECT_NE(registry().spec(oracle.type), nullptr) << oracle.file << " names " << oracle.type.toStdString();
}

namespace {

std::vector<std::string> registeredLayerTypes()
{
    std::vector<std::string> types;
    for (const QString& type : registry().typeNames())
        if (!registry().spec(type)->isInput()) // Input has no engine layer
            types.push_back(type.toStdString());
    return types;
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Builtin, RegisteredLayer, ::testing::ValuesIn(registeredLayerTypes()),
    [](const ::testing::TestParamInfo<std::string>& info) { return info.param; });
