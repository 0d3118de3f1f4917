// Learning-rate schedules at chosen epochs, worked out by hand from the formulas of
// PyTorch's StepLR, ExponentialLR and CosineAnnealingLR, and the linear warm-up.
#include "engine/EngineError.h"
#include "engine/optim/LearningRateSchedule.h"

#include <gtest/gtest.h>

using namespace nw;

namespace {

LearningRateSchedule schedule(ScheduleKind kind, double warmup = 0.0)
{
    ScheduleSettings s;
    s.kind = kind;
    s.learningRate = 0.1f;
    s.stepEpochs = 3;
    s.gamma = 0.5f;
    s.totalEpochs = 10;
    s.minLearningRate = 0.01f;
    s.warmupEpochs = warmup;
    return LearningRateSchedule(s);
}

} // namespace

TEST(Schedule, ConstantKeepsTheBaseRate)
{
    const auto s = schedule(ScheduleKind::Constant);
    EXPECT_FLOAT_EQ(s.learningRate(0, 0.0), 0.1f);
    EXPECT_FLOAT_EQ(s.learningRate(57, 0.9), 0.1f);
}

TEST(Schedule, StepDecaysEveryStepEpochs)
{
    const auto s = schedule(ScheduleKind::Step);
    EXPECT_FLOAT_EQ(s.learningRate(0, 0.0), 0.1f);
    EXPECT_FLOAT_EQ(s.learningRate(2, 0.99), 0.1f);
    EXPECT_FLOAT_EQ(s.learningRate(3, 0.0), 0.05f);
    EXPECT_FLOAT_EQ(s.learningRate(5, 0.5), 0.05f);
    EXPECT_FLOAT_EQ(s.learningRate(6, 0.0), 0.025f);
}

TEST(Schedule, ExponentialDecaysEveryEpoch)
{
    const auto s = schedule(ScheduleKind::Exponential);
    EXPECT_FLOAT_EQ(s.learningRate(0, 0.5), 0.1f);
    EXPECT_FLOAT_EQ(s.learningRate(1, 0.0), 0.05f);
    EXPECT_FLOAT_EQ(s.learningRate(4, 0.7), 0.00625f);
}

TEST(Schedule, CosineAnnealsToTheMinimumAndHoldsIt)
{
    const auto s = schedule(ScheduleKind::Cosine);
    EXPECT_FLOAT_EQ(s.learningRate(0, 0.0), 0.1f);
    EXPECT_NEAR(s.learningRate(2, 0.0), 0.091405765, 1e-8); // 0.01 + 0.09 (1 + cos(0.2 pi)) / 2
    EXPECT_FLOAT_EQ(s.learningRate(5, 0.3), 0.055f); // half way: the mean of the two
    EXPECT_FLOAT_EQ(s.learningRate(10, 0.0), 0.01f);
    EXPECT_FLOAT_EQ(s.learningRate(14, 0.0), 0.01f) << "CosineAnnealingLR would climb again; we hold";
}

TEST(Schedule, WarmUpRampsLinearlyPerBatch)
{
    const auto s = schedule(ScheduleKind::Constant, 2.0);
    EXPECT_FLOAT_EQ(s.learningRate(0, 0.0), 0.0f);
    EXPECT_FLOAT_EQ(s.learningRate(0, 0.5), 0.025f);
    EXPECT_FLOAT_EQ(s.learningRate(1, 0.5), 0.075f);
    EXPECT_FLOAT_EQ(s.learningRate(1, 1.0), 0.1f);
    EXPECT_FLOAT_EQ(s.learningRate(2, 0.0), 0.1f);
}

TEST(Schedule, FractionalWarmUpScalesTheScheduledRate)
{
    const auto step = schedule(ScheduleKind::Step, 0.5);
    EXPECT_FLOAT_EQ(step.learningRate(0, 0.25), 0.05f);
    EXPECT_FLOAT_EQ(step.learningRate(0, 0.5), 0.1f);
    EXPECT_FLOAT_EQ(step.learningRate(3, 0.0), 0.05f);

    const auto cosine = schedule(ScheduleKind::Cosine, 3.0);
    // 2.4 of 3 warm-up epochs done: 80% of epoch 2's cosine value.
    EXPECT_NEAR(cosine.learningRate(2, 0.4), 0.091405765 * 0.8, 1e-8);
    EXPECT_FLOAT_EQ(cosine.learningRate(5, 0.0), 0.055f);
}

TEST(Schedule, ParsesKindNamesInAnyCase)
{
    EXPECT_EQ(parseScheduleKind("constant"), ScheduleKind::Constant);
    EXPECT_EQ(parseScheduleKind("Step"), ScheduleKind::Step);
    EXPECT_EQ(parseScheduleKind("EXPONENTIAL"), ScheduleKind::Exponential);
    EXPECT_EQ(parseScheduleKind("cosine"), ScheduleKind::Cosine);
    EXPECT_EQ(scheduleKindName(ScheduleKind::Cosine), "cosine");
    try {
        parseScheduleKind("linear");
        FAIL() << "expected EngineError";
    } catch (const EngineError& e) {
        const std::string message = e.what();
        for (const char* name : { "linear", "constant", "step", "exponential", "cosine" })
            EXPECT_NE(message.find(name), std::string::npos) << message;
    }
}

TEST(Schedule, RefusesSettingsWithoutASensibleRate)
{
    ScheduleSettings s;
    s.learningRate = -0.1f;
    EXPECT_THROW(LearningRateSchedule { s }, EngineError);
    s = {};
    s.kind = ScheduleKind::Step;
    s.stepEpochs = 0;
    EXPECT_THROW(LearningRateSchedule { s }, EngineError);
    s = {};
    s.kind = ScheduleKind::Exponential;
    s.gamma = 0.0f;
    EXPECT_THROW(LearningRateSchedule { s }, EngineError);
    s = {};
    s.kind = ScheduleKind::Cosine;
    s.totalEpochs = 0;
    EXPECT_THROW(LearningRateSchedule { s }, EngineError);
    s = {};
    s.warmupEpochs = -1.0;
    EXPECT_THROW(LearningRateSchedule { s }, EngineError);
}
