// Every loss against PyTorch: the mean loss and its gradient with respect to the
// prediction. Fixtures come from tests/fixtures/make_torch_oracle.py.
#include "engine/losses/BinaryCrossEntropyWithLogits.h"
#include "engine/losses/MeanSquaredError.h"
#include "engine/losses/SoftmaxCrossEntropy.h"
#include "support/OracleFixture.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

using namespace nw;
using nw::test::OracleFixture;

namespace {

void runLossCase(const Loss& loss, const std::string& fixtureName)
{
    SCOPED_TRACE("fixture oracle/" + fixtureName + ".txt");
    const OracleFixture f = OracleFixture::load("oracle/" + fixtureName + ".txt");
    Tensor grad;
    const float value = loss.compute(f.tensor("prediction"), f.tensor("target"), grad);
    const float expected = f.scalar("loss");
    EXPECT_NEAR(value, expected, 1e-5f + 1e-4f * std::abs(expected)) << "loss value";
    const Tensor& expectedGrad = f.tensor("prediction_grad");
    float scale = 0.0f;
    for (std::size_t i = 0; i < expectedGrad.size(); ++i)
        scale = std::max(scale, std::abs(expectedGrad[i]));
    // Gradients of a mean are O(1/N); the absolute floor follows their size.
    test::expectTensorNear(grad, expectedGrad, 1e-4f, 1e-6f + 1e-5f * scale, "prediction gradient");
}

} // namespace

TEST(OracleLoss, MeanSquaredErrorMatchesTorchMSELoss)
{
    runLossCase(MeanSquaredError(), "mse");
}

TEST(OracleLoss, CrossEntropyMatchesTorch)
{
    runLossCase(SoftmaxCrossEntropy(), "cross_entropy");
}

TEST(OracleLoss, CrossEntropyWithLabelSmoothingMatchesTorch)
{
    runLossCase(SoftmaxCrossEntropy(0.1f), "cross_entropy_smooth0.1");
}

TEST(OracleLoss, CrossEntropyWithLargeLogitsMatchesTorch)
{
    runLossCase(SoftmaxCrossEntropy(), "cross_entropy_large");
}

TEST(OracleLoss, PerPositionCrossEntropyMatchesTorchOverAllPositions)
{
    runLossCase(SoftmaxCrossEntropy(), "cross_entropy_per_position");
}

TEST(OracleLoss, BinaryCrossEntropyWithLogitsMatchesTorch)
{
    runLossCase(BinaryCrossEntropyWithLogits(), "bce_with_logits");
}

TEST(OracleLoss, BinaryCrossEntropyWithSoftTargetsAndLargeLogitsMatchesTorch)
{
    runLossCase(BinaryCrossEntropyWithLogits(), "bce_with_logits_soft");
}
