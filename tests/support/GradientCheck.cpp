#include "support/GradientCheck.h"

#include "engine/Rng.h"
#include "engine/ThreadPool.h"

#include <algorithm>
#include <cmath>

namespace nw::test {

Tensor randomTensor(const Shape& shape, std::uint64_t seed, float lo, float hi)
{
    Tensor t(shape);
    Rng rng(seed);
    for (std::size_t i = 0; i < t.size(); ++i)
        t[i] = rng.uniform(lo, hi);
    return t;
}

namespace {

struct Probe {
    Layer& layer;
    std::vector<Tensor>& inputs;
    const Tensor& weights; // R
    ExecutionContext& ctx;

    double objective()
    {
        std::vector<const Tensor*> ptrs;
        for (auto& t : inputs)
            ptrs.push_back(&t);
        Tensor out;
        layer.forward(ptrs, out, ctx);
        double sum = 0.0;
        for (std::size_t i = 0; i < out.size(); ++i)
            sum += static_cast<double>(out[i]) * weights[i];
        return sum;
    }
};

void compare(GradientCheckResult& result, Probe& probe, float* values, const Tensor& analytic,
             const std::string& label, const GradientCheckOptions& options)
{
    const std::size_t n = analytic.size();
    const std::size_t probes = std::min<std::size_t>(n, static_cast<std::size_t>(options.maxProbesPerTensor));
    for (std::size_t k = 0; k < probes; ++k) {
        const std::size_t i = probes == n ? k : (k * n) / probes;
        const float saved = values[i];
        values[i] = saved + options.epsilon;
        const double plus = probe.objective();
        values[i] = saved - options.epsilon;
        const double minus = probe.objective();
        values[i] = saved;
        const double numeric = (plus - minus) / (2.0 * options.epsilon);
        const double a = analytic[i];
        const double err = std::abs(a - numeric) / std::max({1.0, std::abs(a), std::abs(numeric)});
        ++result.probes;
        if (err > result.worstError || !std::isfinite(err)) {
            result.worstError = std::isfinite(err) ? static_cast<float>(err) : INFINITY;
            result.worstPlace = label + " [" + std::to_string(i) + "] analytic " + std::to_string(a) + " numeric "
                + std::to_string(numeric);
        }
    }
}

} // namespace

GradientCheckResult checkGradients(Layer& layer, std::vector<Tensor> inputs, const GradientCheckOptions& options,
                                   bool build)
{
    ThreadPool pool(2);
    ExecutionContext ctx;
    ctx.pool = &pool;
    ctx.training = options.training;
    ctx.step = options.step;

    if (build) {
        std::vector<Shape> shapes;
        for (auto& t : inputs)
            shapes.emplace_back(t.shape().begin() + 1, t.shape().end());
        layer.build(shapes);
        Rng rng(options.seed);
        layer.initialize(rng);
    }

    std::vector<const Tensor*> ptrs;
    for (auto& t : inputs)
        ptrs.push_back(&t);
    Tensor out;
    layer.forward(ptrs, out, ctx);
    const Tensor weights = randomTensor(out.shape(), options.seed + 1);

    std::vector<Tensor> inputGrads(inputs.size());
    std::vector<Tensor*> gradPtrs;
    for (auto& g : inputGrads)
        gradPtrs.push_back(&g);
    layer.backward(ptrs, out, weights, gradPtrs, ctx);

    GradientCheckResult result;
    Probe probe{layer, inputs, weights, ctx};
    for (std::size_t k = 0; options.checkInputs && k < inputs.size(); ++k)
        compare(result, probe, inputs[k].data(), inputGrads[k], "input " + std::to_string(k), options);
    for (Parameter* p : layer.parameters()) {
        if (!p->isTrainable())
            continue;
        const Tensor analytic = p->grad; // copy: probing reruns forward only, but be safe
        compare(result, probe, p->value.data(), analytic, "param " + p->name, options);
    }
    return result;
}

} // namespace nw::test
