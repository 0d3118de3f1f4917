// core/explain against PyTorch (tests/fixtures/make_torch_oracle.py, explain_cases):
// the same small CNN and sample, the same gradient, Integrated Gradients,
// Grad-CAM and occlusion maps.
#include "ExplainTestNetworks.h"
#include "support/OracleFixture.h"

#include "engine/ThreadPool.h"
#include "explain/ExplainModel.h"
#include "explain/Explainer.h"

#include <gtest/gtest.h>

namespace nw::test {

namespace {

class ExplainOracle : public ::testing::Test {
protected:
    void SetUp() override
    {
        for (const char* name : { "conv1.weight", "conv1.bias", "conv2.weight", "conv2.bias", "fc.weight", "fc.bias" })
            setParameter(graph, name, fixture.tensor(std::string("param.") + name));
    }

    Explanation run(ExplainOptions options)
    {
        options.target = static_cast<int>(fixture.scalar("target"));
        ExplainModel model(graph, pool);
        return explain(model, fixture.tensor("input"), options);
    }

    OracleFixture fixture = OracleFixture::load("oracle/explain_cnn.txt");
    Graph graph = explainCnn();
    ThreadPool pool{ 2 };
};

TEST_F(ExplainOracle, GradientMatchesTorchAutograd)
{
    const Explanation e = run({ .method = ExplainMethod::Gradient });
    expectTensorNear(e.map, fixture.tensor("gradient"), 1e-4f, 1e-6f, "gradient");
    EXPECT_NEAR(e.score, fixture.tensor("scores")[1], 1e-5f);
    EXPECT_EQ(e.target, 1);
}

TEST_F(ExplainOracle, IntegratedGradientsMatchTorchTrapezoid)
{
    const Explanation e = run({ .method = ExplainMethod::IntegratedGradients,
        .steps = static_cast<int>(fixture.scalar("ig_steps")) });
    expectTensorNear(e.map, fixture.tensor("ig"), 1e-4f, 1e-6f, "integrated gradients");
    ASSERT_TRUE(e.baselineScore.has_value());
    EXPECT_NEAR(*e.baselineScore, fixture.scalar("ig_baseline_score"), 1e-5f);
}

TEST_F(ExplainOracle, GradCamMatchesTorchAtTheNodesResolution)
{
    const Explanation e = run({ .method = ExplainMethod::GradCam, .node = "relu2" });
    ASSERT_EQ(e.map.shape(), (Shape{ 5, 5 }));
    expectTensorNear(e.map, fixture.tensor("gradcam"), 1e-4f, 1e-6f, "grad-cam");
    EXPECT_FALSE(e.signedMap);
}

TEST_F(ExplainOracle, OcclusionMatchesTorchSlidingWindow)
{
    const Explanation e = run({ .method = ExplainMethod::Occlusion,
        .window = static_cast<int>(fixture.scalar("occlusion_window")),
        .stride = static_cast<int>(fixture.scalar("occlusion_stride")) });
    ASSERT_EQ(e.map.shape(), (Shape{ 10, 10 }));
    expectTensorNear(e.map, fixture.tensor("occlusion"), 1e-4f, 1e-5f, "occlusion");
}

} // namespace

} // namespace nw::test
