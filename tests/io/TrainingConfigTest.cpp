#include "io/TrainingConfig.h"

#include "engine/losses/Loss.h"
#include "engine/optim/LearningRateSchedule.h"

#include <gtest/gtest.h>
#include <QJsonDocument>

using namespace nw;

namespace {

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

TEST(TrainingConfig, EmptyObjectGivesTheDefaults)
{
    QString error;
    const auto c = TrainingConfig::fromJson({}, &error);
    ASSERT_TRUE(c) << qPrintable(error);
    EXPECT_EQ(*c, TrainingConfig {});
    EXPECT_EQ(c->optimizer.name, QStringLiteral("adam"));
    EXPECT_EQ(c->learningRate, 1e-3);
    EXPECT_EQ(c->batchSize, 32);
    EXPECT_EQ(c->epochs, 10);
    EXPECT_EQ(c->seed, 1u);
    EXPECT_EQ(c->threads, 0);
    EXPECT_EQ(c->loss, QStringLiteral("cross_entropy"));
}

TEST(TrainingConfig, EveryFieldRoundTripsThroughJson)
{
    TrainingConfig c;
    c.loss = QStringLiteral("bce_with_logits");
    c.labelSmoothing = 0.1;
    c.optimizer = { QStringLiteral("sgd"), 0.9, true, 5e-4, 0.8, 0.99, 1e-6, 0.95 };
    c.learningRate = 0.05;
    c.schedule = { QStringLiteral("cosine"), 3, 0.5, 40, 1e-5, 1.5 };
    c.batchSize = 128;
    c.epochs = 40;
    c.seed = 9007199254740992ull;
    c.threads = 3;
    c.gradientClipNorm = 1.0;
    c.earlyStopping = { true, 7, 1e-4, false };
    QString error;
    const QJsonObject j = c.toJson();
    const auto back = TrainingConfig::fromJson(QJsonDocument::fromJson(QJsonDocument(j).toJson()).object(), &error);
    ASSERT_TRUE(back) << qPrintable(error);
    EXPECT_EQ(*back, c);
    EXPECT_EQ(j.value(QStringLiteral("learning_rate")).toDouble(), 0.05);
    EXPECT_TRUE(j.value(QStringLiteral("early_stopping")).toObject().contains(QStringLiteral("min_delta")));
}

TEST(TrainingConfig, WrongTypesAndRangesAreRefusedNamingThePlace)
{
    const std::pair<const char*, const char*> cases[] = {
        { R"({"batch_size": 0})", "training.batch_size: must be at least 1, got 0" },
        { R"({"batch_size": 2.5})", "training.batch_size: must be a whole number, got 2.5" },
        { R"({"batch_size": "32"})", "training.batch_size: must be a whole number, got the string \"32\"" },
        { R"({"epochs": -1})", "training.epochs: must be between 1 and 1000000, got -1" },
        { R"({"learning_rate": 0})", "training.learning_rate: must be greater than 0, got 0" },
        { R"({"seed": -4})", "training.seed: must be a whole number from 0 to 2^53, got -4" },
        { R"({"threads": 5000})", "training.threads: must be between 0 and 1024, got 5000" },
        { R"({"loss": "hinge"})", "training.loss: must be one of cross_entropy, mse, bce_with_logits, got \"hinge\"" },
        { R"({"label_smoothing": 1})", "training.label_smoothing: must be at least 0 and less than 1, got 1" },
        { R"({"optimizer": "adam"})", "training.optimizer: must be an object, got the string \"adam\"" },
        { R"({"optimizer": {"name": "lbfgs"}})",
            "training.optimizer.name: must be one of sgd, adam, adamw, rmsprop, got \"lbfgs\"" },
        { R"({"optimizer": {"beta2": 1.0}})", "training.optimizer.beta2: must be at least 0 and less than 1, got 1" },
        { R"({"optimizer": {"eps": 0}})", "training.optimizer.eps: must be greater than 0, got 0" },
        { R"({"optimizer": {"nesterov": true}})", "training.optimizer.nesterov: needs a momentum greater than 0" },
        { R"({"optimizer": {"nesterov": 1}})", "training.optimizer.nesterov: must be true or false, got the number 1" },
        { R"({"schedule": {"kind": "linear"}})",
            "training.schedule.kind: must be one of constant, step, exponential, cosine, got \"linear\"" },
        { R"({"schedule": {"step_epochs": 0}})",
            "training.schedule.step_epochs: must be between 1 and 1000000, got 0" },
        { R"({"schedule": {"gamma": -0.5}})", "training.schedule.gamma: must be greater than 0, got -0.5" },
        { R"({"early_stopping": {"patience": -1}})",
            "training.early_stopping.patience: must be between 0 and 1000000, got -1" },
        { R"({"early_stopping": {"enabled": "yes"}})",
            "training.early_stopping.enabled: must be true or false, got the string \"yes\"" },
        { R"({"learning_rte": 0.1})", "training.learning_rte: unknown key (known keys: loss, label_smoothing" },
    };
    for (const auto& [text, expected] : cases) {
        SCOPED_TRACE(text);
        QString error;
        EXPECT_FALSE(TrainingConfig::fromJson(json(text), &error));
        EXPECT_TRUE(error.startsWith(QString::fromUtf8(expected))) << qPrintable(error);
    }
}

TEST(TrainingConfig, NamesAreCaseInsensitiveAndStoredLowerCase)
{
    QString error;
    const auto c
        = TrainingConfig::fromJson(json(R"({"optimizer": {"name": "AdamW"}, "schedule": {"kind": "Step"}})"), &error);
    ASSERT_TRUE(c) << qPrintable(error);
    EXPECT_EQ(c->optimizer.name, QStringLiteral("adamw"));
    EXPECT_EQ(c->schedule.kind, QStringLiteral("step"));
}

TEST(TrainingConfig, ConvertsToTheEngineSettings)
{
    QString error;
    const auto c = TrainingConfig::fromJson(json(R"({
        "loss": "mse", "learning_rate": 0.01, "batch_size": 64, "epochs": 25, "seed": 7,
        "gradient_clip_norm": 2.5,
        "optimizer": {"name": "rmsprop", "momentum": 0.5, "alpha": 0.9, "eps": 1e-6, "weight_decay": 0.001},
        "schedule": {"kind": "cosine", "min_learning_rate": 0.0001, "warmup_epochs": 2},
        "early_stopping": {"enabled": true, "patience": 3, "min_delta": 0.01, "restore_best_weights": false}
    })"),
        &error);
    ASSERT_TRUE(c) << qPrintable(error);

    const OptimizerSettings o = c->toOptimizerSettings();
    EXPECT_EQ(o.name, "rmsprop");
    EXPECT_EQ(o.momentum, 0.5f);
    EXPECT_EQ(o.alpha, 0.9f);
    EXPECT_EQ(o.eps, 1e-6f);
    EXPECT_EQ(o.weightDecay, 0.001f);
    EXPECT_EQ(makeOptimizer(o)->typeName(), "RMSprop");

    const ScheduleSettings s = c->toScheduleSettings();
    EXPECT_EQ(s.kind, ScheduleKind::Cosine);
    EXPECT_EQ(s.learningRate, 0.01f);
    EXPECT_EQ(s.totalEpochs, 25) << "total_epochs 0 means the run's epochs";
    EXPECT_EQ(s.minLearningRate, 0.0001f);
    EXPECT_EQ(s.warmupEpochs, 2.0);
    EXPECT_NO_THROW(LearningRateSchedule { s });

    const TrainerSettings t = c->toTrainerSettings();
    EXPECT_EQ(t.epochs, 25);
    EXPECT_EQ(t.batchSize, 64);
    EXPECT_EQ(t.seed, 7u);
    EXPECT_EQ(t.gradientClipNorm, 2.5f);
    EXPECT_TRUE(t.earlyStopping.enabled);
    EXPECT_EQ(t.earlyStopping.patience, 3);
    EXPECT_EQ(t.earlyStopping.minDelta, 0.01f);
    EXPECT_FALSE(t.earlyStopping.restoreBestWeights);
}

TEST(TrainingConfig, EveryAcceptedNameBuildsInTheEngine)
{
    for (const char* loss : { "cross_entropy", "mse", "bce_with_logits" })
        EXPECT_NO_THROW(makeLoss(loss)) << loss;
    for (const char* name : { "sgd", "adam", "adamw", "rmsprop" }) {
        QString error;
        const auto c = TrainingConfig::fromJson(
            QJsonObject { { QStringLiteral("optimizer"), QJsonObject { { QStringLiteral("name"), name } } } }, &error);
        ASSERT_TRUE(c) << qPrintable(error);
        EXPECT_NO_THROW(makeOptimizer(c->toOptimizerSettings())) << name;
    }
    for (const char* kind : { "constant", "step", "exponential", "cosine" }) {
        TrainingConfig c;
        c.schedule.kind = QString::fromLatin1(kind);
        EXPECT_NO_THROW(LearningRateSchedule { c.toScheduleSettings() }) << kind;
    }
}
