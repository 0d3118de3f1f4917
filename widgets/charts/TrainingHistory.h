#pragma once
// The GUI thread's copy of a training run: the reports the session sends, kept as
// chart-ready point series. Owned by the main window (one per document) and read
// by the charts, which redraw from it on their own paced timer.
//
// x is measured in epochs: a batch sits at epoch + (batch + 1) / batchesPerEpoch,
// an epoch's summary at its end (epoch + 1). Per-batch series are thinned when
// they reach maxPointsPerSeries(): the oldest half of the exact points is averaged
// (in pairs at first) into an older part of evenly coarse points, whose pairs are
// averaged in turn when it fills half the budget. So a long run keeps a bounded
// memory and drawing cost and an even resolution of its past, and at least the
// newest quarter of the points stays exactly as reported. Smoothed series are an
// exponential moving average of the raw reports (TensorBoard's, with its start-up
// bias removed), computed before thinning.
#include "engine/TrainingReports.h"

#include <QObject>
#include <QPointF>
#include <QString>
#include <QVector>

#include <array>

class QIODevice;

namespace nw {

class TrainingHistory : public QObject {
    Q_OBJECT
public:
    enum class Series {
        BatchLoss,
        BatchLossSmoothed,
        BatchAccuracy,
        BatchAccuracySmoothed,
        BatchLearningRate,
        EpochTrainLoss,
        EpochValidationLoss,
        EpochTrainAccuracy,
        EpochValidationAccuracy,
        EpochLearningRate,
    };
    Q_ENUM(Series)
    static constexpr int kSeriesCount = int(Series::EpochLearningRate) + 1;
    static constexpr int kDefaultMaxPoints = 2000;
    static constexpr double kDefaultSmoothing = 0.9;

    explicit TrainingHistory(QObject* parent = nullptr);

    void appendBatches(const QVector<nw::BatchReport>& reports); // one changed() for all
    void appendBatch(const nw::BatchReport& report);
    void appendEpoch(const nw::EpochReport& report);
    void clear();

    const QVector<QPointF>& points(Series series) const { return m_series[std::size_t(series)]; }
    bool isEmpty() const;
    bool hasAccuracy() const;
    long long batchesReceived() const { return m_batchesReceived; } // before thinning
    int epochsReceived() const { return m_epochsReceived; }
    // The largest x of any point: how far the run has got, in epochs.
    double lastEpochPosition() const { return m_lastX; }

    int maxPointsPerSeries() const { return m_maxPoints; }
    void setMaxPointsPerSeries(int points); // at least 16; applies from the next append
    // Weight of the past in the moving average, 0 (none) to 0.99. Applies to
    // reports appended afterwards; clear() restarts the average.
    double smoothing() const { return m_smoothing; }
    void setSmoothing(double weight);

    // "series,epoch,value" rows for every point of every series, series named by
    // seriesKey(). exportCsv() writes atomically (the old file survives a failure).
    bool writeCsv(QIODevice* device) const;
    bool exportCsv(const QString& path, QString* error = nullptr) const;
    static QString seriesKey(Series series); // "batch_loss", "epoch_validation_accuracy", ...

Q_SIGNALS:
    void changed();

private:
    struct MovingAverage {
        double value = 0.0;
        double decay = 1.0; // weight^count, for the start-up correction
        double push(double x, double weight);
    };

    void addBatch(const nw::BatchReport& report);
    void add(Series series, double x, double y);

    static constexpr int kFirstStride = 2;
    std::array<QVector<QPointF>, kSeriesCount> m_series;
    // Per series: points [0, m_oldCount) are averages of m_stride batches each.
    std::array<int, kSeriesCount> m_oldCount{};
    std::array<int, kSeriesCount> m_stride{};
    MovingAverage m_lossAverage;
    MovingAverage m_accuracyAverage;
    int m_maxPoints = kDefaultMaxPoints;
    double m_smoothing = kDefaultSmoothing;
    long long m_batchesReceived = 0;
    int m_epochsReceived = 0;
    double m_lastX = 0.0;
};

} // namespace nw
