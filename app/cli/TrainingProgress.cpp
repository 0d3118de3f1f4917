#include "TrainingProgress.h"

#include <QString>

#include <cstdio>

namespace nw::cli {

namespace {

QString duration(double seconds)
{
    const int s = static_cast<int>(seconds + 0.5);
    return s >= 3600 ? QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString metric(float value)
{
    return value < 0.0f ? QStringLiteral("-") : QString::number(value, 'f', 4);
}

} // namespace

TrainingProgress::TrainingProgress(int totalEpochs, int firstEpoch, bool terminal)
    : m_totalEpochs(totalEpochs)
    , m_firstEpoch(firstEpoch)
    , m_terminal(terminal)
{
    m_clock.start();
}

void TrainingProgress::onBatch(const BatchReport& r)
{
    if (!m_terminal)
        return;
    const qint64 now = m_clock.elapsed();
    const bool last = r.batch + 1 == r.batchesPerEpoch;
    if (now - m_lastDraw < 100 && !last)
        return;
    m_lastDraw = now;
    const double done = (r.epoch - m_firstEpoch) + (r.batch + 1.0) / r.batchesPerEpoch;
    const double fraction = done / m_totalEpochs;
    const double eta = fraction > 0 ? r.elapsedSeconds * (1.0 - fraction) / fraction : 0.0;
    constexpr int width = 24;
    const int filled = static_cast<int>(fraction * width);
    const QString bar = QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('.'));
    const QString line = QStringLiteral("\repoch %1/%2 [%3] batch %4/%5 loss %6 acc %7 ETA %8  ")
                             .arg(r.epoch + 1)
                             .arg(m_firstEpoch + m_totalEpochs)
                             .arg(bar)
                             .arg(r.batch + 1)
                             .arg(r.batchesPerEpoch)
                             .arg(QString::number(r.loss, 'f', 4))
                             .arg(metric(r.accuracy))
                             .arg(duration(eta));
    std::fputs(line.toUtf8().constData(), stderr);
    std::fflush(stderr);
    m_barShown = true;
}

void TrainingProgress::onEpoch(const EpochReport& e)
{
    if (m_barShown)
        std::fputs("\r\033[K", stderr);
    m_barShown = false;
    QString line = QStringLiteral("epoch %1/%2: loss %3, accuracy %4")
                       .arg(e.epoch + 1)
                       .arg(m_firstEpoch + m_totalEpochs)
                       .arg(QString::number(e.trainLoss, 'f', 4))
                       .arg(metric(e.trainAccuracy));
    if (e.hasValidation)
        line += QStringLiteral(", validation loss %1, validation accuracy %2")
                    .arg(QString::number(e.validationLoss, 'f', 4))
                    .arg(metric(e.validationAccuracy));
    line += QStringLiteral(" (%1 s, %2 samples/s)").arg(e.seconds, 0, 'f', 1).arg(e.samplesPerSecond, 0, 'f', 0);
    std::fprintf(stderr, "%s\n", line.toUtf8().constData());
    std::fflush(stderr);
}

void TrainingProgress::finish()
{
    if (m_barShown)
        std::fputs("\r\033[K", stderr);
    m_barShown = false;
}

} // namespace nw::cli
