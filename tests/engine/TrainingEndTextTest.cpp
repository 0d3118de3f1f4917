#include "engine/TrainingEndText.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace nw;

TEST(TrainingEndText, CompletedCountsEpochsWithRealPlurals)
{
    TrainingResult r;
    r.epochsCompleted = 3;
    EXPECT_EQ(describeTrainingEnd(r), "completed 3 epochs");
    r.epochsCompleted = 1;
    EXPECT_EQ(describeTrainingEnd(r), "completed 1 epoch");
}

TEST(TrainingEndText, StoppedNamesEpochAndBatch)
{
    TrainingResult r;
    r.status = TrainingStatus::Stopped;
    r.stopEpoch = 4;
    r.stopBatch = 12;
    EXPECT_EQ(describeTrainingEnd(r), "stopped at epoch 4, batch 12");
}

TEST(TrainingEndText, EarlyStoppedNamesTheLossPatienceAndBestEpoch)
{
    TrainingResult r;
    r.status = TrainingStatus::EarlyStopped;
    r.stopEpoch = 7;
    r.bestEpoch = 4;
    r.patience = 2;
    r.monitoredValidation = true;
    r.bestWeightsRestored = true;
    EXPECT_EQ(describeTrainingEnd(r),
        "stopped early after epoch 7: the validation loss has not improved for 2 epochs (best: epoch 5); the weights "
        "of the best epoch are restored");
    r.monitoredValidation = false;
    r.bestWeightsRestored = false;
    r.patience = 1;
    EXPECT_EQ(describeTrainingEnd(r),
        "stopped early after epoch 7: the training loss has not improved for 1 epoch (best: epoch 5)");
}

TEST(TrainingEndText, DivergedNamesTheCauseTheBatchAndTheLearningRate)
{
    TrainingResult r;
    r.status = TrainingStatus::Diverged;
    r.stopEpoch = 2;
    r.stopBatch = 14;
    r.divergedLoss = NAN;
    r.learningRate = 10.0f;
    EXPECT_EQ(describeTrainingEnd(r),
        "the loss became nan at epoch 2, batch 14: the learning rate (10) is probably too high, or the data holds "
        "NaN/Inf values. Training stopped; the last good weights are kept.");
    r.divergence = DivergenceCause::Gradients;
    EXPECT_EQ(describeTrainingEnd(r),
        "the gradients became NaN or infinite at epoch 2, batch 14: lower the learning rate or enable gradient "
        "clipping. Training stopped; the last good weights are kept.");
}

TEST(TrainingResult, FinalWeightsAreOfTheLastOrTheRestoredBestEpoch)
{
    TrainingResult r;
    EXPECT_EQ(r.finalWeightsEpoch(), -1);
    for (int e = 3; e < 6; ++e) {
        EpochReport report;
        report.epoch = e; // a resumed run counts on from its start epoch
        r.history.push_back(report);
    }
    EXPECT_EQ(r.finalWeightsEpoch(), 5);
    r.bestEpoch = 4;
    r.bestWeightsRestored = true;
    EXPECT_EQ(r.finalWeightsEpoch(), 4);
}
