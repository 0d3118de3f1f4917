#pragma once
// Keeps the Explain dock true to the model, off the GUI thread.
//
// What it explains on: a project of its own, prepared from the document on a pool
// thread (the window's data cache, so nothing is loaded twice) or, while a run
// trains, the run's evaluation twin; each page's ExplainJobRunner makes its own
// twin of that, so no graph is shared with training or evaluation. The weights:
// the document's (the seed's initial ones when it has none), or while training the
// last finished epoch's (TrainingSession::weightsSnapshot(), a copy).
//
// When: a new sample, method or parameter, at once; new weights (an epoch, the
// run's end, Reset Weights) at most every kWeightsIntervalMs, latest weights
// winning, and only for what is on show: a hidden dock catches up when it shows.
// Each runner holds at most one waiting job, so nothing queues up. Owned by
// AnalysisDocks.
#include "engine/Tensor.h"
#include "explain/ExplainSubject.h"
#include "ExplainJobRunner.h"
#include "ExplainSetup.h"
#include "io/Project.h"
#include "training/BackgroundWatcher.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QDockWidget;

namespace nw {

class Dataset;
class ExplainDock;
class NetworkDocument;
class PreparedProject;
class TrainingController;

class ExplainController : public QObject {
    Q_OBJECT
public:
    static constexpr int kWeightsIntervalMs = 500;
    // The projection runs over a whole split: while training, not more often than this.
    static constexpr int kProjectionIntervalWhileTrainingMs = 5000;
    // Samples projected at most (the first of the split).
    static constexpr std::size_t kMaxProjectionSamples = 10000;

    ExplainController(NetworkDocument* document, TrainingController* training, ExplainDock* view, QDockWidget* dock,
        QObject* parent = nullptr);
    ~ExplainController() override;

    // Opens sample `index` of `dataset` (prepared data, as the network sees it);
    // `where` names it ("the test split").
    void openSample(std::shared_ptr<const Dataset> dataset, std::size_t index, const QString& where);
    // Sample `index` of the project's dataset as loaded (the dataset preview's numbering).
    void openDatasetSample(std::size_t index);
    void documentReplaced();
    // The dock may have come on show, or changed page.
    void visibilityMayHaveChanged();
    bool isShown() const;
    // Prepares the project when the document changed since (for panels that share
    // setup() while this dock is hidden); setupChanged() follows.
    void ensurePrepared();

    // The current sample, which the Attention dock follows too (sampleOpened()).
    bool hasSample() const { return m_sampleDataset != nullptr; }
    const std::shared_ptr<const Dataset>& sampleDataset() const { return m_sampleDataset; }
    std::size_t sampleIndex() const { return m_sampleIndex; }
    const ExplainSubject& subject() const { return m_subject; }
    const Tensor& sample() const { return m_sample; }
    const ExplainSetup& setup() const { return m_setup; }
    bool isPreparing() const { return m_preparing; }
    quint64 weightsRevision() const { return m_weightsRevision; }
    // The weights the explanations use (null before the first setup).
    std::shared_ptr<const ExplainJobRunner::WeightMap> weights() const { return m_weights; }
    // A node's output for the sample on show (the hovered card); `done` on the GUI thread.
    void requestActivations(const QString& node, std::function<void(const Tensor& output, const QString& error)> done);

    int attributionsDelivered() const { return m_attributions; }
    int featureMapsDelivered() const { return m_featureMaps; }
    int projectionsDelivered() const { return m_projections; }
    int drawingsDelivered() const { return m_drawings; }
    bool isBusy() const;

Q_SIGNALS:
    void attributionReady();
    void featureMapsReady();
    void projectionReady();
    void drawingReady();
    // New weights arrived (for the hover popup to refresh).
    void weightsUpdated();
    // A sample was opened (or, after documentReplaced(), none is open).
    void sampleOpened();
    // setup() is new (a project prepared, or forgotten with the document).
    void setupChanged();

private:
    void prepare();
    void onPrepared();
    void adoptSetup(ExplainSetup setup);
    bool needsPreparing() const;
    bool isCurrent(const ExplainSetup& setup) const;
    void refreshWeights();
    void weightsChanged();
    void refreshShown();
    void computeAttribution();
    void computeFeatureMaps();
    void computeProjection(bool force);
    void computeDrawing();
    void showSubject();
    void forEachRunner(const std::function<void(ExplainJobRunner&)>& f);
    int resolveTarget(int choice) const;

    NetworkDocument* m_document;
    TrainingController* m_training;
    ExplainDock* m_view;
    QDockWidget* m_dock;

    ExplainJobRunner m_attributionRunner;
    ExplainJobRunner m_featureMapRunner;
    ExplainJobRunner m_projectionRunner;
    ExplainJobRunner m_drawRunner;
    ExplainJobRunner m_hoverRunner;

    BackgroundWatcher<ExplainSetup> m_preparer;
    bool m_preparing = false;
    bool m_prepareAgain = false;
    ExplainSetup m_setup;
    Project m_preparedFrom;
    std::shared_ptr<PreparedProject> m_runTwin; // the run's evaluation twin while a run trains

    std::shared_ptr<const ExplainJobRunner::WeightMap> m_weights;
    quint64 m_weightsRevision = 1;
    QElapsedTimer m_sinceWeights;
    QTimer m_weightsTimer; // paces epochs' weights
    QElapsedTimer m_sinceProjection;
    quint64 m_projectedRevision = 0;
    QString m_projectedNode;

    std::shared_ptr<const Dataset> m_sampleDataset;
    std::size_t m_sampleIndex = 0;
    std::optional<std::size_t> m_pendingDatasetIndex; // the preview's click, until the data is prepared
    ExplainSubject m_subject;
    Tensor m_sample;

    // The projection's points lead back to samples of this dataset.
    std::shared_ptr<const Dataset> m_projectionDataset;
    std::vector<std::size_t> m_projectionIndices;

    // Each request's number: an answer to an older one is dropped (a newer one follows).
    quint64 m_attributionSerial = 0;
    quint64 m_featureMapSerial = 0;
    quint64 m_projectionSerial = 0;
    quint64 m_drawSerial = 0;
    // What the attribution and feature-map pages show: of which weights and sample
    // (a tab coming forward again does not recompute what it already shows).
    quint64 m_sampleSerial = 0;
    std::pair<quint64, quint64> m_attributionShows { 0, 0 };
    std::pair<quint64, quint64> m_featureMapShows { 0, 0 };

    int m_attributions = 0;
    int m_featureMaps = 0;
    int m_projections = 0;
    int m_drawings = 0;
};

} // namespace nw
