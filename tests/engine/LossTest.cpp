// Numerical gradient checks and input validation for every loss.
#include "engine/EngineError.h"
#include "engine/losses/BinaryCrossEntropyWithLogits.h"
#include "engine/losses/MeanSquaredError.h"
#include "engine/losses/SoftmaxCrossEntropy.h"
#include "support/GradientCheck.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace nw;

namespace {

// Worst |analytic - numeric| / max(1, |analytic|, |numeric|) over every prediction element.
double worstGradientError(const Loss& loss, Tensor prediction, const Tensor& target)
{
    Tensor grad, scratch;
    loss.compute(prediction, target, grad);
    double worst = 0.0;
    const float eps = 1e-2f;
    for (std::size_t i = 0; i < prediction.size(); ++i) {
        const float saved = prediction[i];
        prediction[i] = saved + eps;
        const double plus = loss.compute(prediction, target, scratch);
        prediction[i] = saved - eps;
        const double minus = loss.compute(prediction, target, scratch);
        prediction[i] = saved;
        const double numeric = (plus - minus) / (2.0 * eps);
        const double err = std::abs(grad[i] - numeric) / std::max({1.0, std::abs(numeric), std::abs(double(grad[i]))});
        worst = std::max(worst, err);
    }
    return worst;
}

} // namespace

TEST(Loss, MeanSquaredErrorGradientMatchesNumeric)
{
    EXPECT_LT(worstGradientError(MeanSquaredError(), test::randomTensor({6, 3}, 1), test::randomTensor({6, 3}, 2)), 1e-3);
}

TEST(Loss, CrossEntropyGradientMatchesNumeric)
{
    const Tensor labels({5}, {0, 3, 1, 3, 2});
    EXPECT_LT(worstGradientError(SoftmaxCrossEntropy(), test::randomTensor({5, 4}, 3, -3, 3), labels), 1e-3);
    EXPECT_LT(worstGradientError(SoftmaxCrossEntropy(0.2f), test::randomTensor({5, 4}, 4, -3, 3), labels), 1e-3);
}

TEST(Loss, BinaryCrossEntropyGradientMatchesNumeric)
{
    const Tensor targets({4, 2}, {0, 1, 1, 0, 0.3f, 0.7f, 1, 1});
    EXPECT_LT(worstGradientError(BinaryCrossEntropyWithLogits(), test::randomTensor({4, 2}, 5, -4, 4), targets), 1e-3);
}

TEST(Loss, CrossEntropyRefusesLabelsThatAreNotClasses)
{
    Tensor grad;
    const SoftmaxCrossEntropy loss;
    EXPECT_THROW(loss.compute(Tensor({2, 3}), Tensor({2}, {0, 3}), grad), EngineError);
    EXPECT_THROW(loss.compute(Tensor({2, 3}), Tensor({2}, {0, 1.5f}), grad), EngineError);
    EXPECT_THROW(loss.compute(Tensor({2, 3}), Tensor({2}, {-1, 0}), grad), EngineError);
    EXPECT_THROW(loss.compute(Tensor({2, 3}), Tensor({3}, {0, 1, 2}), grad), EngineError);
    EXPECT_THROW(SoftmaxCrossEntropy(1.0f), EngineError);
}

TEST(Loss, ShapeMismatchesAreRefused)
{
    Tensor grad;
    EXPECT_THROW(MeanSquaredError().compute(Tensor({2, 3}), Tensor({2, 2}), grad), EngineError);
    EXPECT_THROW(BinaryCrossEntropyWithLogits().compute(Tensor({2, 1}), Tensor({3, 1}), grad), EngineError);
}

TEST(Loss, AccuracyCountsForClassificationLossesOnly)
{
    std::size_t correct = 0, total = 0;
    const Tensor logits({3, 2}, {2, 1, 0, 5, 3, -1});
    EXPECT_TRUE(SoftmaxCrossEntropy().countCorrect(logits, Tensor({3}, {0, 1, 1}), correct, total));
    EXPECT_EQ(correct, 2u);
    EXPECT_EQ(total, 3u);
    EXPECT_TRUE(BinaryCrossEntropyWithLogits().countCorrect(Tensor({2, 1}, {1.5f, -0.5f}), Tensor({2, 1}, {1, 1}), correct, total));
    EXPECT_EQ(correct, 1u);
    EXPECT_FALSE(MeanSquaredError().countCorrect(logits, logits, correct, total));
}
