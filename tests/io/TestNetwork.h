#pragma once
// A small network with every kind of stored tensor (Dense weights and biases,
// BatchNorm weight, bias and running statistics) and a deterministic training loop
// for the weights and checkpoint tests.
#include "engine/ExecutionContext.h"
#include "engine/Graph.h"
#include "engine/layers/Activation.h"
#include "engine/layers/BatchNorm.h"
#include "engine/layers/Dense.h"
#include "engine/losses/Loss.h"
#include "engine/optim/Optimizer.h"
#include "engine/ThreadPool.h"

#include <cmath>
#include <memory>

namespace nwtest {

// x[4] -> fc1 Dense(5) -> bn BatchNorm -> act tanh -> fc2 Dense(3)
inline nw::Graph makeNetwork(std::uint64_t seed)
{
    nw::Graph g;
    g.addInput("x", { 4 });
    g.addNode("fc1", std::make_unique<nw::Dense>(5), { "x" });
    g.addNode("bn", std::make_unique<nw::BatchNorm>(), { "fc1" });
    g.addNode("act", std::make_unique<nw::Activation>(nw::ActivationKind::Tanh), { "bn" });
    g.addNode("fc2", std::make_unique<nw::Dense>(3), { "act" });
    const nw::GraphReport report = g.compile();
    if (!report.ok())
        throw std::runtime_error(report.summary());
    g.initialize(seed);
    return g;
}

// Optimizer steps [from, to) on batches that depend only on the step number.
inline void trainSteps(nw::Graph& g, nw::Optimizer& optimizer, nw::ThreadPool& pool, int from, int to)
{
    const auto loss = nw::makeLoss("cross_entropy");
    constexpr int kBatch = 8;
    nw::Tensor x({ kBatch, 4 });
    nw::Tensor y({ kBatch });
    nw::Tensor grad;
    for (int step = from; step < to; ++step) {
        for (int i = 0; i < kBatch; ++i) {
            for (int j = 0; j < 4; ++j)
                x[static_cast<std::size_t>(i * 4 + j)] = std::sin(0.7f * static_cast<float>(step * 31 + i * 4 + j));
            y[static_cast<std::size_t>(i)] = static_cast<float>((step + i) % 3);
        }
        nw::ExecutionContext ctx { &pool, true, static_cast<std::uint64_t>(step) };
        const nw::Tensor& out = g.forward(x, ctx);
        grad.resize(out.shape());
        loss->compute(out, y, grad);
        g.backward(grad, ctx);
        const auto params = g.namedParameters(true);
        optimizer.step(params, 0.05f, pool);
    }
}

} // namespace nwtest
