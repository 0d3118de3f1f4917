#include "TrainingHistory.h"

#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace nw {

namespace {

bool isBatchSeries(TrainingHistory::Series series)
{
    return series <= TrainingHistory::Series::BatchLearningRate;
}

// Makes room in a full per-batch series. The older half of the exact (recent)
// points is averaged in runs of `stride` into the old part, whose points then all
// stand for the same number of batches; when the old part passes half the budget,
// its pairs are averaged and the stride doubles. So the newest quarter of the
// points or more stays exact, the old part keeps an even resolution however long
// the run, and the size stays within the budget.
void thin(QVector<QPointF>& points, int& oldCount, int& stride, int maxPoints)
{
    const int recent = int(points.size()) - oldCount;
    const int bucket = std::clamp(stride, 1, std::max(1, recent / 2)); // past ~maxPoints^2/8 batches
    const int moved = (recent / 2) / bucket * bucket;
    int write = oldCount;
    for (int start = oldCount; start < oldCount + moved; start += bucket) {
        QPointF sum;
        for (int j = 0; j < bucket; ++j)
            sum += points[start + j];
        points[write++] = sum / bucket;
    }
    points.remove(write, oldCount + moved - write);
    oldCount = write;
    if (oldCount > maxPoints / 2) {
        const int pairs = oldCount / 2;
        for (int i = 0; i < pairs; ++i)
            points[i] = (points[2 * i] + points[2 * i + 1]) / 2.0;
        int kept = pairs;
        if (oldCount % 2)
            points[kept++] = points[oldCount - 1];
        points.remove(kept, oldCount - kept);
        oldCount = kept;
        stride *= 2;
    }
}

} // namespace

double TrainingHistory::MovingAverage::push(double x, double weight)
{
    value = weight * value + (1.0 - weight) * x;
    decay *= weight;
    return decay < 1.0 ? value / (1.0 - decay) : x;
}

TrainingHistory::TrainingHistory(QObject* parent)
    : QObject(parent)
{
    m_stride.fill(kFirstStride);
}

void TrainingHistory::appendBatches(const QVector<BatchReport>& reports)
{
    if (reports.isEmpty())
        return;
    for (const BatchReport& report : reports)
        addBatch(report);
    Q_EMIT changed();
}

void TrainingHistory::appendBatch(const BatchReport& report)
{
    addBatch(report);
    Q_EMIT changed();
}

void TrainingHistory::addBatch(const BatchReport& report)
{
    const int perEpoch = std::max(1, report.batchesPerEpoch);
    const double x = report.epoch + double(report.batch + 1) / perEpoch;
    ++m_batchesReceived;
    if (std::isfinite(report.loss)) {
        add(Series::BatchLoss, x, report.loss);
        add(Series::BatchLossSmoothed, x, m_lossAverage.push(report.loss, m_smoothing));
    }
    if (report.accuracy >= 0.0f) {
        add(Series::BatchAccuracy, x, report.accuracy);
        add(Series::BatchAccuracySmoothed, x, m_accuracyAverage.push(report.accuracy, m_smoothing));
    }
    add(Series::BatchLearningRate, x, report.learningRate);
}

void TrainingHistory::appendEpoch(const EpochReport& report)
{
    const double x = report.epoch + 1.0;
    ++m_epochsReceived;
    if (std::isfinite(report.trainLoss))
        add(Series::EpochTrainLoss, x, report.trainLoss);
    if (report.trainAccuracy >= 0.0f)
        add(Series::EpochTrainAccuracy, x, report.trainAccuracy);
    if (report.hasValidation) {
        if (std::isfinite(report.validationLoss))
            add(Series::EpochValidationLoss, x, report.validationLoss);
        if (report.validationAccuracy >= 0.0f)
            add(Series::EpochValidationAccuracy, x, report.validationAccuracy);
    }
    add(Series::EpochLearningRate, x, report.learningRate);
    Q_EMIT changed();
}

void TrainingHistory::add(Series series, double x, double y)
{
    const std::size_t i = std::size_t(series);
    QVector<QPointF>& points = m_series[i];
    if (isBatchSeries(series) && points.size() >= m_maxPoints)
        thin(points, m_oldCount[i], m_stride[i], m_maxPoints);
    points.append(QPointF(x, y));
    m_lastX = std::max(m_lastX, x);
}

void TrainingHistory::clear()
{
    for (QVector<QPointF>& points : m_series)
        points.clear();
    m_oldCount.fill(0);
    m_stride.fill(kFirstStride);
    m_lossAverage = {};
    m_accuracyAverage = {};
    m_batchesReceived = 0;
    m_epochsReceived = 0;
    m_lastX = 0.0;
    Q_EMIT changed();
}

bool TrainingHistory::isEmpty() const
{
    return std::all_of(m_series.begin(), m_series.end(), [](const QVector<QPointF>& p) { return p.isEmpty(); });
}

bool TrainingHistory::hasAccuracy() const
{
    return !points(Series::BatchAccuracy).isEmpty() || !points(Series::EpochTrainAccuracy).isEmpty()
        || !points(Series::EpochValidationAccuracy).isEmpty();
}

void TrainingHistory::setMaxPointsPerSeries(int points)
{
    m_maxPoints = std::max(16, points);
}

void TrainingHistory::setSmoothing(double weight)
{
    m_smoothing = std::clamp(weight, 0.0, 0.99);
}

QString TrainingHistory::seriesKey(Series series)
{
    switch (series) {
    case Series::BatchLoss:
        return QStringLiteral("batch_loss");
    case Series::BatchLossSmoothed:
        return QStringLiteral("batch_loss_smoothed");
    case Series::BatchAccuracy:
        return QStringLiteral("batch_accuracy");
    case Series::BatchAccuracySmoothed:
        return QStringLiteral("batch_accuracy_smoothed");
    case Series::BatchLearningRate:
        return QStringLiteral("batch_learning_rate");
    case Series::EpochTrainLoss:
        return QStringLiteral("epoch_train_loss");
    case Series::EpochValidationLoss:
        return QStringLiteral("epoch_validation_loss");
    case Series::EpochTrainAccuracy:
        return QStringLiteral("epoch_train_accuracy");
    case Series::EpochValidationAccuracy:
        return QStringLiteral("epoch_validation_accuracy");
    case Series::EpochLearningRate:
        return QStringLiteral("epoch_learning_rate");
    }
    return QString();
}

bool TrainingHistory::writeCsv(QIODevice* device) const
{
    QTextStream out(device);
    out << "series,epoch,value\n";
    for (int s = 0; s < kSeriesCount; ++s) {
        const QString key = seriesKey(Series(s));
        for (const QPointF& p : m_series[std::size_t(s)])
            out << key << ',' << QString::number(p.x(), 'g', 10) << ',' << QString::number(p.y(), 'g', 8) << '\n';
    }
    out.flush();
    return out.status() == QTextStream::Ok;
}

bool TrainingHistory::exportCsv(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!writeCsv(&file) || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace nw
