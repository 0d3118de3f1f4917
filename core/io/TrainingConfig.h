#pragma once
// The training settings a project file stores under "training": loss, optimizer,
// learning rate and its schedule, batch size, epochs, seed, threads, gradient
// clipping and early stopping. A plain value the document owns; the training
// session turns it into the engine's settings with the to*Settings() conversions.
//
// Real numbers are held as double so that what the user typed (0.001) is what the
// file says; the engine receives float. Every field has a default, so "training": {}
// is a valid configuration (Adam, lr 1e-3, batch 32, 10 epochs, seed 1).
#include "engine/optim/LearningRateSchedule.h"
#include "engine/optim/Optimizer.h"
#include "engine/Trainer.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>

namespace nw {

struct TrainingConfig {
    QString loss = QStringLiteral("cross_entropy"); // "cross_entropy", "mse" or "bce_with_logits"
    double labelSmoothing = 0.0; // cross-entropy only

    struct OptimizerSection {
        QString name = QStringLiteral("adam"); // "sgd", "adam", "adamw" or "rmsprop"
        double momentum = 0.0; // sgd, rmsprop
        bool nesterov = false; // sgd
        double weightDecay = 0.0;
        double beta1 = 0.9, beta2 = 0.999, eps = 1e-8; // adam, adamw (eps also rmsprop)
        double alpha = 0.99; // rmsprop
        bool operator==(const OptimizerSection&) const = default;
    } optimizer;

    double learningRate = 1e-3;

    struct ScheduleSection {
        QString kind = QStringLiteral("constant"); // "constant", "step", "exponential" or "cosine"
        int stepEpochs = 10;
        double gamma = 0.1;
        int totalEpochs = 0; // cosine; 0 = the run's epochs
        double minLearningRate = 0.0;
        double warmupEpochs = 0.0;
        bool operator==(const ScheduleSection&) const = default;
    } schedule;

    int batchSize = 32;
    int epochs = 10;
    std::uint64_t seed = 1;
    int threads = 0; // 0 = all cores
    double gradientClipNorm = 0.0; // 0 = no clipping

    struct EarlyStoppingSection {
        bool enabled = false;
        int patience = 5;
        double minDelta = 0.0;
        bool restoreBestWeights = true;
        bool operator==(const EarlyStoppingSection&) const = default;
    } earlyStopping;

    // Every field, always: a saved file documents the settings it ran with.
    QJsonObject toJson() const;
    // Missing keys keep their defaults. Refuses wrong types, values out of range and
    // unknown keys, with error set to "<place>.<key>: <problem>"; place is where
    // `json` sits in the document ("training").
    static std::optional<TrainingConfig> fromJson(
        const QJsonObject& json, QString* error, const QString& place = QStringLiteral("training"));

    nw::OptimizerSettings toOptimizerSettings() const;
    nw::ScheduleSettings toScheduleSettings() const;
    // validationFraction stays 0: the dataset reference's split provides validation.
    nw::TrainerSettings toTrainerSettings() const;

    bool operator==(const TrainingConfig&) const = default;
};

} // namespace nw
