#include "ExplainTestNetworks.h"

#include "engine/layers/Activation.h"
#include "engine/layers/Conv2D.h"
#include "engine/layers/Dense.h"
#include "engine/layers/Flatten.h"
#include "engine/layers/MaxPool2D.h"

#include <gtest/gtest.h>

#include <cstring>
#include <memory>
#include <stdexcept>

namespace nw::test {

namespace {

void compileOrFail(Graph& g)
{
    const auto report = g.compile();
    if (!report.ok())
        throw std::runtime_error("test network does not compile");
}

} // namespace

void setParameter(Graph& graph, const std::string& name, const Tensor& value)
{
    for (const auto& p : graph.namedParameters())
        if (p.name == name) {
            if (p.param->value.size() != value.size())
                throw std::runtime_error(name + ": size mismatch");
            std::memcpy(p.param->value.data(), value.data(), sizeof(float) * value.size());
            return;
        }
    throw std::runtime_error("no parameter " + name);
}

Graph linearClassifier(const std::vector<float>& weight, const std::vector<float>& bias, int features)
{
    Graph g;
    g.addInput("x", { features });
    g.addNode("fc", std::make_unique<Dense>(static_cast<int>(bias.size())), { "x" });
    compileOrFail(g);
    setParameter(g, "fc.weight", Tensor({ static_cast<int>(bias.size()), features }, weight));
    setParameter(g, "fc.bias", Tensor({ static_cast<int>(bias.size()) }, bias));
    return g;
}

Graph smallMlp(int features, int hidden, int classes, std::uint64_t seed)
{
    Graph g;
    g.addInput("x", { features });
    g.addNode("fc1", std::make_unique<Dense>(hidden), { "x" });
    g.addNode("act", std::make_unique<Activation>(ActivationKind::Tanh), { "fc1" });
    g.addNode("fc2", std::make_unique<Dense>(classes), { "act" });
    compileOrFail(g);
    g.initialize(seed);
    return g;
}

Graph explainCnn(std::uint64_t seed)
{
    Graph g;
    g.addInput("x", { 1, 10, 10 });
    g.addNode("conv1", std::make_unique<Conv2D>(4, 3, 1, 1), { "x" });
    g.addNode("relu1", std::make_unique<Activation>(ActivationKind::ReLU), { "conv1" });
    g.addNode("pool1", std::make_unique<MaxPool2D>(2), { "relu1" });
    g.addNode("conv2", std::make_unique<Conv2D>(6, 3, 1, 1), { "pool1" });
    g.addNode("relu2", std::make_unique<Activation>(ActivationKind::ReLU), { "conv2" });
    g.addNode("flat", std::make_unique<Flatten>(), { "relu2" });
    g.addNode("fc", std::make_unique<Dense>(3), { "flat" });
    compileOrFail(g);
    g.initialize(seed);
    return g;
}

} // namespace nw::test
