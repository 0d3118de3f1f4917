#include "TrainingProgressWidget.h"

#include "engine/TrainingReports.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVector>

#include <cmath>

namespace nw {

namespace {

QString duration(double seconds)
{
    const long long s = std::llround(seconds);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

TrainingProgressWidget::TrainingProgressWidget(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    m_bar->setMaximumWidth(220);
    m_bar->setTextVisible(true);
    reset();
}

void TrainingProgressWidget::reset()
{
    m_totalEpochs = 0;
    m_batchesPerEpoch = 0;
    m_epochsBefore = -1;
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_bar->hide();
    m_label->clear();
    Q_EMIT progressCleared();
}

void TrainingProgressWidget::runStarted(int totalEpochs, int batchesPerEpoch)
{
    m_totalEpochs = totalEpochs;
    m_batchesPerEpoch = std::max(1, batchesPerEpoch);
    m_epochsBefore = -1;
    m_bar->setRange(0, std::max(1, totalEpochs * m_batchesPerEpoch));
    m_bar->setValue(0);
    m_bar->show();
    m_label->setText(tr("Epoch 1/%1").arg(totalEpochs));
}

void TrainingProgressWidget::batchesReady(const QVector<BatchReport>& batches)
{
    if (batches.isEmpty() || m_totalEpochs <= 0)
        return;
    const BatchReport& last = batches.constLast();
    if (m_epochsBefore < 0)
        m_epochsBefore = batches.constFirst().epoch;
    const int done = last.epoch * m_batchesPerEpoch + last.batch + 1;
    m_bar->setValue(std::min(done, m_bar->maximum()));
    // Batches of this run only: a resumed run's earlier epochs took no time here.
    const int doneThisRun = done - m_epochsBefore * m_batchesPerEpoch;
    const int left = m_bar->maximum() - done;
    QString text = tr("Epoch %1/%2 · batch %3/%4")
                       .arg(last.epoch + 1)
                       .arg(m_totalEpochs)
                       .arg(last.batch + 1)
                       .arg(last.batchesPerEpoch);
    double secondsLeft = -1.0;
    if (doneThisRun > 0 && last.elapsedSeconds > 0.0) {
        secondsLeft = last.elapsedSeconds / doneThisRun * left;
        text += tr(" · %1 left").arg(duration(secondsLeft));
    }
    m_label->setText(text);
    Q_EMIT progressChanged(last.epoch + 1, m_totalEpochs, last.batch + 1, last.batchesPerEpoch, secondsLeft);
}

void TrainingProgressWidget::runEnded(const QString& message)
{
    m_bar->hide();
    m_label->setText(message);
    Q_EMIT progressCleared();
}

QString TrainingProgressWidget::text() const
{
    return m_label->text();
}

int TrainingProgressWidget::value() const
{
    return m_bar->value();
}

} // namespace nw
