#include "support/OracleLayerCase.h"

#include "engine/Rng.h"
#include "engine/ThreadPool.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace nw::test {

namespace {

// 1e-4 relative; the absolute floor scales with the tensor's largest value so
// near-zero elements of a large-valued tensor (cancellation in a sum) are judged
// by the accuracy float32 can give them.
void expectNear(const Tensor& actual, const Tensor& expected, const std::string& what)
{
    float scale = 1.0f;
    for (std::size_t i = 0; i < expected.size(); ++i)
        scale = std::max(scale, std::abs(expected[i]));
    expectTensorNear(actual, expected, 1e-4f, 1e-5f * scale, what);
}

// "input" alone, or "input0", "input1", ... for several.
std::vector<std::string> listNames(const OracleFixture& f, const std::string& name)
{
    if (f.has(name))
        return { name };
    std::vector<std::string> names;
    for (int i = 0; f.has(name + std::to_string(i)); ++i)
        names.push_back(name + std::to_string(i));
    return names;
}

} // namespace

void expectMatchesOracle(Layer& layer, const OracleFixture& f)
{
    SCOPED_TRACE("fixture " + f.path());
    const std::vector<std::string> inputNames = listNames(f, "input");
    ASSERT_FALSE(inputNames.empty());
    std::vector<Shape> shapes;
    for (const std::string& name : inputNames)
        shapes.emplace_back(f.tensor(name).shape().begin() + 1, f.tensor(name).shape().end());
    layer.build(shapes);
    Rng rng(1);
    layer.initialize(rng);

    std::vector<std::string> fixtureParams;
    for (const std::string& name : f.names())
        if (name.starts_with("param."))
            fixtureParams.push_back(name.substr(6));
    const std::vector<Parameter*> params = layer.parameters();
    std::vector<std::string> layerParams;
    for (const Parameter* p : params)
        layerParams.push_back(p->name);
    ASSERT_EQ(layerParams, fixtureParams) << "the layer's parameters, in its order, are torch's";
    for (Parameter* p : params) {
        const Tensor& value = f.tensor("param." + p->name);
        ASSERT_EQ(shapeToString(p->value.shape()), shapeToString(value.shape())) << "parameter " << p->name;
        p->value.copyFrom(value);
    }

    ThreadPool pool(2);
    ExecutionContext ctx { &pool, f.training(), 1 };
    std::vector<const Tensor*> in;
    for (const std::string& name : inputNames)
        in.push_back(&f.tensor(name));
    Tensor out;
    layer.forward(in, out, ctx);
    expectNear(out, f.tensor("output"), "output");

    for (Parameter* p : params)
        if (!p->isTrainable())
            expectNear(p->value, f.tensor("updated." + p->name), "buffer " + p->name + " after forward");

    std::vector<Tensor> inputGrads(inputNames.size());
    std::vector<Tensor*> gradSlots;
    for (Tensor& g : inputGrads)
        gradSlots.push_back(&g);
    layer.backward(in, out, f.tensor("out_grad"), gradSlots, ctx);
    const std::vector<std::string> gradNames = listNames(f, "input_grad");
    ASSERT_EQ(gradNames.size(), inputNames.size());
    for (std::size_t i = 0; i < inputNames.size(); ++i)
        expectNear(inputGrads[i], f.tensor(gradNames[i]), gradNames[i]);
    for (Parameter* p : params)
        if (p->isTrainable())
            expectNear(p->grad, f.tensor("grad." + p->name), "gradient of " + p->name);
}

} // namespace nw::test
