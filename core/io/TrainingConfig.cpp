#include "TrainingConfig.h"

#include "JsonObjectReader.h"

namespace nw {

namespace {

using Range = JsonObjectReader::Range;

constexpr double kInf = std::numeric_limits<double>::infinity();
const Range kNonNegative { 0.0, false, kInf, false };
const Range kPositive { 0.0, true, kInf, false };
const Range kUnitOpen { 0.0, false, 1.0, true }; // [0, 1)
constexpr int kMaxEpochs = 1000000;

QJsonObject optimizerToJson(const TrainingConfig::OptimizerSection& o)
{
    return QJsonObject {
        { QStringLiteral("name"), o.name },
        { QStringLiteral("momentum"), o.momentum },
        { QStringLiteral("nesterov"), o.nesterov },
        { QStringLiteral("weight_decay"), o.weightDecay },
        { QStringLiteral("beta1"), o.beta1 },
        { QStringLiteral("beta2"), o.beta2 },
        { QStringLiteral("eps"), o.eps },
        { QStringLiteral("alpha"), o.alpha },
    };
}

QJsonObject scheduleToJson(const TrainingConfig::ScheduleSection& s)
{
    return QJsonObject {
        { QStringLiteral("kind"), s.kind },
        { QStringLiteral("step_epochs"), s.stepEpochs },
        { QStringLiteral("gamma"), s.gamma },
        { QStringLiteral("total_epochs"), s.totalEpochs },
        { QStringLiteral("min_learning_rate"), s.minLearningRate },
        { QStringLiteral("warmup_epochs"), s.warmupEpochs },
    };
}

QJsonObject earlyStoppingToJson(const TrainingConfig::EarlyStoppingSection& e)
{
    return QJsonObject {
        { QStringLiteral("enabled"), e.enabled },
        { QStringLiteral("patience"), e.patience },
        { QStringLiteral("min_delta"), e.minDelta },
        { QStringLiteral("restore_best_weights"), e.restoreBestWeights },
    };
}

bool readOptimizer(const QJsonObject& json, const QString& place, TrainingConfig::OptimizerSection& o, QString* error)
{
    JsonObjectReader r(json, place);
    r.refuseUnknownKeys({ QStringLiteral("name"), QStringLiteral("momentum"), QStringLiteral("nesterov"),
        QStringLiteral("weight_decay"), QStringLiteral("beta1"), QStringLiteral("beta2"), QStringLiteral("eps"),
        QStringLiteral("alpha") });
    r.readChoice(QStringLiteral("name"), o.name,
        { QStringLiteral("sgd"), QStringLiteral("adam"), QStringLiteral("adamw"), QStringLiteral("rmsprop") });
    r.readDouble(QStringLiteral("momentum"), o.momentum, kUnitOpen);
    r.readBool(QStringLiteral("nesterov"), o.nesterov);
    r.readDouble(QStringLiteral("weight_decay"), o.weightDecay, kNonNegative);
    r.readDouble(QStringLiteral("beta1"), o.beta1, kUnitOpen);
    r.readDouble(QStringLiteral("beta2"), o.beta2, kUnitOpen);
    r.readDouble(QStringLiteral("eps"), o.eps, kPositive);
    r.readDouble(QStringLiteral("alpha"), o.alpha, kUnitOpen);
    // PyTorch refuses Nesterov without momentum; say so here rather than when training starts.
    if (r.ok() && o.nesterov && o.momentum <= 0.0)
        r.fail(QStringLiteral("nesterov"), QStringLiteral("needs a momentum greater than 0"));
    *error = r.error();
    return r.ok();
}

bool readSchedule(const QJsonObject& json, const QString& place, TrainingConfig::ScheduleSection& s, QString* error)
{
    JsonObjectReader r(json, place);
    r.refuseUnknownKeys({ QStringLiteral("kind"), QStringLiteral("step_epochs"), QStringLiteral("gamma"),
        QStringLiteral("total_epochs"), QStringLiteral("min_learning_rate"), QStringLiteral("warmup_epochs") });
    r.readChoice(QStringLiteral("kind"), s.kind,
        { QStringLiteral("constant"), QStringLiteral("step"), QStringLiteral("exponential"),
            QStringLiteral("cosine") });
    r.readInt(QStringLiteral("step_epochs"), s.stepEpochs, 1, kMaxEpochs);
    r.readDouble(QStringLiteral("gamma"), s.gamma, kPositive);
    r.readInt(QStringLiteral("total_epochs"), s.totalEpochs, 0, kMaxEpochs);
    r.readDouble(QStringLiteral("min_learning_rate"), s.minLearningRate, kNonNegative);
    r.readDouble(QStringLiteral("warmup_epochs"), s.warmupEpochs, Range { 0.0, false, kMaxEpochs, false });
    *error = r.error();
    return r.ok();
}

bool readEarlyStopping(
    const QJsonObject& json, const QString& place, TrainingConfig::EarlyStoppingSection& e, QString* error)
{
    JsonObjectReader r(json, place);
    r.refuseUnknownKeys({ QStringLiteral("enabled"), QStringLiteral("patience"), QStringLiteral("min_delta"),
        QStringLiteral("restore_best_weights") });
    r.readBool(QStringLiteral("enabled"), e.enabled);
    r.readInt(QStringLiteral("patience"), e.patience, 0, kMaxEpochs);
    r.readDouble(QStringLiteral("min_delta"), e.minDelta, kNonNegative);
    r.readBool(QStringLiteral("restore_best_weights"), e.restoreBestWeights);
    *error = r.error();
    return r.ok();
}

} // namespace

QJsonObject TrainingConfig::toJson() const
{
    return QJsonObject {
        { QStringLiteral("loss"), loss },
        { QStringLiteral("label_smoothing"), labelSmoothing },
        { QStringLiteral("optimizer"), optimizerToJson(optimizer) },
        { QStringLiteral("learning_rate"), learningRate },
        { QStringLiteral("schedule"), scheduleToJson(schedule) },
        { QStringLiteral("batch_size"), batchSize },
        { QStringLiteral("epochs"), epochs },
        { QStringLiteral("seed"), static_cast<qint64>(seed) },
        { QStringLiteral("threads"), threads },
        { QStringLiteral("gradient_clip_norm"), gradientClipNorm },
        { QStringLiteral("early_stopping"), earlyStoppingToJson(earlyStopping) },
    };
}

std::optional<TrainingConfig> TrainingConfig::fromJson(const QJsonObject& json, QString* error, const QString& place)
{
    TrainingConfig c;
    QString problem;
    JsonObjectReader r(json, place);
    r.refuseUnknownKeys({ QStringLiteral("loss"), QStringLiteral("label_smoothing"), QStringLiteral("optimizer"),
        QStringLiteral("learning_rate"), QStringLiteral("schedule"), QStringLiteral("batch_size"),
        QStringLiteral("epochs"), QStringLiteral("seed"), QStringLiteral("threads"),
        QStringLiteral("gradient_clip_norm"), QStringLiteral("early_stopping") });
    r.readChoice(QStringLiteral("loss"), c.loss,
        { QStringLiteral("cross_entropy"), QStringLiteral("mse"), QStringLiteral("bce_with_logits") });
    r.readDouble(QStringLiteral("label_smoothing"), c.labelSmoothing, kUnitOpen);
    r.readDouble(QStringLiteral("learning_rate"), c.learningRate, kPositive);
    r.readInt(QStringLiteral("batch_size"), c.batchSize, 1);
    r.readInt(QStringLiteral("epochs"), c.epochs, 1, kMaxEpochs);
    r.readSeed(QStringLiteral("seed"), c.seed);
    r.readInt(QStringLiteral("threads"), c.threads, 0, 1024);
    r.readDouble(QStringLiteral("gradient_clip_norm"), c.gradientClipNorm, kNonNegative);
    const QJsonObject optimizer = r.readObject(QStringLiteral("optimizer"));
    const QJsonObject schedule = r.readObject(QStringLiteral("schedule"));
    const QJsonObject early = r.readObject(QStringLiteral("early_stopping"));
    bool ok = r.ok();
    problem = r.error();
    ok = ok && readOptimizer(optimizer, r.placeOf(QStringLiteral("optimizer")), c.optimizer, &problem);
    ok = ok && readSchedule(schedule, r.placeOf(QStringLiteral("schedule")), c.schedule, &problem);
    ok = ok && readEarlyStopping(early, r.placeOf(QStringLiteral("early_stopping")), c.earlyStopping, &problem);
    if (!ok) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return c;
}

nw::OptimizerSettings TrainingConfig::toOptimizerSettings() const
{
    nw::OptimizerSettings s;
    s.name = optimizer.name.toStdString();
    s.momentum = static_cast<float>(optimizer.momentum);
    s.nesterov = optimizer.nesterov;
    s.weightDecay = static_cast<float>(optimizer.weightDecay);
    s.beta1 = static_cast<float>(optimizer.beta1);
    s.beta2 = static_cast<float>(optimizer.beta2);
    s.eps = static_cast<float>(optimizer.eps);
    s.alpha = static_cast<float>(optimizer.alpha);
    return s;
}

nw::ScheduleSettings TrainingConfig::toScheduleSettings() const
{
    nw::ScheduleSettings s;
    s.kind = nw::parseScheduleKind(schedule.kind.toStdString());
    s.learningRate = static_cast<float>(learningRate);
    s.stepEpochs = schedule.stepEpochs;
    s.gamma = static_cast<float>(schedule.gamma);
    s.totalEpochs = schedule.totalEpochs > 0 ? schedule.totalEpochs : epochs;
    s.minLearningRate = static_cast<float>(schedule.minLearningRate);
    s.warmupEpochs = schedule.warmupEpochs;
    return s;
}

nw::TrainerSettings TrainingConfig::toTrainerSettings() const
{
    nw::TrainerSettings s;
    s.epochs = epochs;
    s.batchSize = batchSize;
    s.seed = seed;
    s.gradientClipNorm = static_cast<float>(gradientClipNorm);
    s.earlyStopping.enabled = earlyStopping.enabled;
    s.earlyStopping.patience = earlyStopping.patience;
    s.earlyStopping.minDelta = static_cast<float>(earlyStopping.minDelta);
    s.earlyStopping.restoreBestWeights = earlyStopping.restoreBestWeights;
    return s;
}

} // namespace nw
