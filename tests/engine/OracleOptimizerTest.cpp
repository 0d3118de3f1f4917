// Every optimizer against torch.optim: three steps on two parameters (so state is
// kept per parameter) with the gradients and learning rates the fixture stores.
// Fixtures come from tests/fixtures/make_torch_oracle.py.
#include "engine/optim/Adam.h"
#include "engine/optim/AdamW.h"
#include "engine/optim/RmsProp.h"
#include "engine/optim/Sgd.h"
#include "engine/ThreadPool.h"
#include "support/OracleFixture.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

using namespace nw;
using nw::test::OracleFixture;

namespace {

Tensor difference(const Tensor& after, const Tensor& before)
{
    Tensor d(after.shape());
    for (std::size_t i = 0; i < d.size(); ++i)
        d[i] = after[i] - before[i];
    return d;
}

// The weights move by ~lr per step, so a 1e-4 tolerance on the weights alone would
// miss a rule that is off by a percent (a weight-decay term dropped, a wrong bias
// correction). The update itself is compared at 1e-3; its floor covers the float32
// rounding of weights near 1.
void expectUpdateNear(const Tensor& after, const Tensor& before, const Tensor& expectedAfter,
    const Tensor& expectedBefore, const std::string& what)
{
    test::expectTensorNear(
        difference(after, before), difference(expectedAfter, expectedBefore), 1e-3f, 2e-6f, "update of " + what);
}

void runOptimizerCase(Optimizer& optimizer, const std::string& fixtureName)
{
    SCOPED_TRACE("fixture oracle/" + fixtureName + ".txt");
    const OracleFixture f = OracleFixture::load("oracle/" + fixtureName + ".txt");
    Parameter a { "weight", ParamRole::Weight, f.tensor("a.w0"), {} };
    Parameter b { "weight", ParamRole::Weight, f.tensor("b.w0"), {} };
    const std::vector<NamedParameter> params { { "a.weight", &a }, { "b.weight", &b } };
    const Tensor& lr = f.tensor("lr");
    ThreadPool pool(2);
    for (int step = 1; step <= 3; ++step) {
        const std::string s = std::to_string(step);
        const std::string previous = std::to_string(step - 1);
        const Tensor aBefore = a.value;
        const Tensor bBefore = b.value;
        a.grad = f.tensor("a.g" + s);
        b.grad = f.tensor("b.g" + s);
        optimizer.step(params, lr[static_cast<std::size_t>(step - 1)], pool);
        test::expectTensorNear(a.value, f.tensor("a.w" + s), 1e-4f, 1e-5f, "a after step " + s);
        test::expectTensorNear(b.value, f.tensor("b.w" + s), 1e-4f, 1e-5f, "b after step " + s);
        expectUpdateNear(a.value, aBefore, f.tensor("a.w" + s), f.tensor("a.w" + previous), "a, step " + s);
        expectUpdateNear(b.value, bBefore, f.tensor("b.w" + s), f.tensor("b.w" + previous), "b, step " + s);
    }
}

} // namespace

// ---- torch.optim.SGD

TEST(OracleOptimizer, SgdMatchesTorch)
{
    Sgd optimizer;
    runOptimizerCase(optimizer, "sgd");
}

TEST(OracleOptimizer, SgdMomentumMatchesTorch)
{
    Sgd optimizer(0.9f);
    runOptimizerCase(optimizer, "sgd_momentum");
}

TEST(OracleOptimizer, SgdMomentumDampeningMatchesTorch)
{
    Sgd optimizer(0.9f, false, 0.0f, 0.5f);
    runOptimizerCase(optimizer, "sgd_momentum_dampening");
}

TEST(OracleOptimizer, SgdNesterovWeightDecayMatchesTorch)
{
    Sgd optimizer(0.9f, true, 0.01f);
    runOptimizerCase(optimizer, "sgd_nesterov_wd");
}

// ---- torch.optim.Adam / AdamW

TEST(OracleOptimizer, AdamMatchesTorch)
{
    Adam optimizer;
    runOptimizerCase(optimizer, "adam");
}

TEST(OracleOptimizer, AdamWithWeightDecayMatchesTorch)
{
    Adam optimizer(0.8f, 0.99f, 1e-6f, 0.1f);
    runOptimizerCase(optimizer, "adam_wd");
}

TEST(OracleOptimizer, AdamWMatchesTorch)
{
    AdamW optimizer;
    runOptimizerCase(optimizer, "adamw");
}

TEST(OracleOptimizer, AdamWStrongDecayChangingLrMatchesTorch)
{
    AdamW optimizer(0.9f, 0.99f, 1e-8f, 0.1f);
    runOptimizerCase(optimizer, "adamw_wd0.1");
}

// ---- torch.optim.RMSprop

TEST(OracleOptimizer, RmsPropMatchesTorch)
{
    RmsProp optimizer;
    runOptimizerCase(optimizer, "rmsprop");
}

TEST(OracleOptimizer, RmsPropMomentumWeightDecayMatchesTorch)
{
    RmsProp optimizer(0.9f, 1e-8f, 0.01f, 0.9f);
    runOptimizerCase(optimizer, "rmsprop_momentum_wd");
}
