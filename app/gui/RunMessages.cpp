#include "RunMessages.h"

#include "engine/TrainingEndText.h"

namespace nw {

QString RunMessages::describe(const TrainingResult& result)
{
    static const char* const keptSource = QT_TR_NOOP("Training stopped; the last good weights are kept.");
    const QString kept = tr(keptSource);
    if (kept == QLatin1String(keptSource))
        return QString::fromStdString(describeTrainingEnd(result)); // English has real plurals there

    const QString epoch = QString::number(result.stopEpoch);
    const QString batch = QString::number(result.stopBatch);
    switch (result.status) {
    case TrainingStatus::Completed:
        return tr("completed %n epoch(s)", nullptr, result.epochsCompleted);
    case TrainingStatus::Stopped:
        return tr("stopped at epoch %1, batch %2").arg(epoch, batch);
    case TrainingStatus::EarlyStopped: {
        QString text = result.monitoredValidation
            ? tr("stopped early after epoch %1: the validation loss has not improved for %n epoch(s) (best: epoch %2)",
                nullptr, result.patience)
            : tr("stopped early after epoch %1: the training loss has not improved for %n epoch(s) (best: epoch %2)",
                nullptr, result.patience);
        text = text.arg(epoch, QString::number(result.bestEpoch + 1));
        if (result.bestWeightsRestored)
            text += tr("; the weights of the best epoch are restored");
        return text;
    }
    case TrainingStatus::Diverged:
        if (result.divergence == DivergenceCause::Loss)
            return tr("the loss became %1 at epoch %2, batch %3: the learning rate (%4) is probably too high, or the "
                      "data holds NaN/Inf values.")
                       .arg(QString::number(result.divergedLoss), epoch, batch, QString::number(result.learningRate))
                + QLatin1Char(' ') + kept;
        return tr("the gradients became NaN or infinite at epoch %1, batch %2: lower the learning rate or enable "
                  "gradient clipping.")
                   .arg(epoch, batch)
            + QLatin1Char(' ') + kept;
    }
    return {};
}

} // namespace nw
