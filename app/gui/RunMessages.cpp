#include "RunMessages.h"

#include <QRegularExpression>

namespace nw {

QString RunMessages::translate(const std::string& engineMessage)
{
    const QString text = QString::fromStdString(engineMessage);
    const auto match
        = [&text](const char* pattern) { return QRegularExpression(QString::fromLatin1(pattern)).match(text); };
    static const char* const keptSource = QT_TR_NOOP("Training stopped; the last good weights are kept.");
    const QString kept = tr(keptSource);
    if (kept == QLatin1String(keptSource))
        return text; // English: the engine's own words, with real plurals instead of "epoch(s)"

    auto m = match("^completed (\\d+) epochs$");
    if (m.hasMatch())
        return tr("completed %n epoch(s)", nullptr, m.captured(1).toInt());
    m = match("^stopped at epoch (\\d+), batch (\\d+)$");
    if (m.hasMatch())
        return tr("stopped at epoch %1, batch %2").arg(m.captured(1), m.captured(2));
    m = match("^stopped early after epoch (\\d+): the (validation|training) loss has not improved for (\\d+) epochs "
              "\\(best: epoch (\\d+)\\)(; the weights of the best epoch are restored)?$");
    if (m.hasMatch()) {
        const int patience = m.captured(3).toInt();
        QString result = m.captured(2) == QLatin1String("validation")
            ? tr("stopped early after epoch %1: the validation loss has not improved for %n epoch(s) (best: epoch %2)",
                nullptr, patience)
            : tr("stopped early after epoch %1: the training loss has not improved for %n epoch(s) (best: epoch %2)",
                nullptr, patience);
        result = result.arg(m.captured(1), m.captured(4));
        if (!m.captured(5).isEmpty())
            result += tr("; the weights of the best epoch are restored");
        return result;
    }
    m = match("^the loss became (\\S+) at epoch (\\d+), batch (\\d+): the learning rate \\((\\S+)\\) is probably too "
              "high, or the data holds NaN/Inf values\\. ");
    if (m.hasMatch())
        return tr("the loss became %1 at epoch %2, batch %3: the learning rate (%4) is probably too high, or the data "
                  "holds NaN/Inf values.")
                   .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4))
            + QLatin1Char(' ') + kept;
    m = match("^the gradients became NaN or infinite at epoch (\\d+), batch (\\d+): ");
    if (m.hasMatch())
        return tr("the gradients became NaN or infinite at epoch %1, batch %2: lower the learning rate or enable "
                  "gradient clipping.")
                   .arg(m.captured(1), m.captured(2))
            + QLatin1Char(' ') + kept;
    return text;
}

} // namespace nw
