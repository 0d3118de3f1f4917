#pragma once
// The dataset dock: which data the project trains on, how it is split, and what
// it looks like. Bound to a NetworkDocument: every edit writes the document's
// DatasetReference (spec text, split fractions, split seed, stratification,
// augmentation) as one setDataset() call, and a document that changes (a project loaded, undo of
// a project change) refreshes the editors.
//
// Loading runs on backgroundPool() (a BackgroundTask), with a busy
// bar in the dock, so a 60,000-image file never freezes the window; a load that
// is overtaken by a newer one is dropped when it finishes. The loaded Dataset is
// shared read-only (datasetLoaded()) so other panels need not load it again.
//
// Owned by the main window (inside a QDockWidget); the document outlives it.
#include "data/DatasetSplit.h"
#include "DatasetPreview.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTimer;

namespace nw {

class AugmentationEditor;
class AugmentationPreview;
class ClassDistributionChart;
class DatasetSourceForm;
class NetworkDocument;
class PreparedDataCache;
struct DataLoadProgress;
class SampleTableModel;

class DatasetDock : public QWidget {
    Q_OBJECT

public:
    explicit DatasetDock(NetworkDocument* document, QWidget* parent = nullptr);
    ~DatasetDock() override;

    // The window's prepared data, shared with training and evaluation (until set: its own).
    void setDataCache(std::shared_ptr<PreparedDataCache> cache) { m_dataCache = std::move(cache); }

    // The last dataset that loaded (null before, and after a failed load).
    std::shared_ptr<const Dataset> dataset() const { return m_dataset; }
    const DatasetSplit& split() const { return m_split; }
    bool isLoading() const { return m_loading; }
    // Stops the load under way (the Cancel button beside the progress bar); the dock
    // then says it stopped, and Reload starts again.
    void cancelLoad();
    // The message shown for the last failed load; empty when it loaded.
    QString errorText() const;
    int thumbnailCount() const;
    // The augmentation settings and the live grid of one sample's variations.
    AugmentationEditor* augmentationEditor() const { return m_augmentationEditor; }
    AugmentationPreview* augmentationPreview() const { return m_augmentationPreview; }
    // Which sample the augmentation grid shows (also set by a click on a thumbnail).
    void showAugmentedSample(std::size_t index);

public Q_SLOTS:
    // Loads the document's dataset again (also after a file changed on disk).
    void reload();

Q_SIGNALS:
    void datasetLoaded(std::shared_ptr<const nw::Dataset> dataset, const QString& spec);
    void loadFailed(const QString& message);
    // A thumbnail (or table row) was clicked: the sample's index in the dataset.
    void sampleActivated(int index);

private:
    QWidget* buildSplitBox();
    QWidget* buildPreview();
    QWidget* buildAugmentationBox();
    void updateAugmentationPreview();
    void refreshFromDocument();
    void writeDocument();
    void scheduleLoad();
    void startLoad();
    void showLoadProgress();
    void loadFinished(const DatasetPreview& preview, quint64 generation);
    void showPreview(const DatasetPreview& preview);
    void updateSplit();
    void updateFractionLimits();
    QString baseDirectory() const;

    NetworkDocument* m_document;
    DatasetSourceForm* m_source;
    QDoubleSpinBox* m_validationFraction;
    QDoubleSpinBox* m_testFraction;
    QSpinBox* m_splitSeed;
    QCheckBox* m_stratified;
    QLabel* m_specLabel;
    QPushButton* m_reloadButton;
    QProgressBar* m_busy;
    QLabel* m_status;
    QLabel* m_error;
    QStackedWidget* m_previewStack;
    QListWidget* m_thumbnails;
    QTableView* m_table;
    SampleTableModel* m_tableModel;
    QLabel* m_scatter;
    ClassDistributionChart* m_distribution;
    QLabel* m_distributionNote;
    AugmentationEditor* m_augmentationEditor;
    AugmentationPreview* m_augmentationPreview;
    std::size_t m_augmentedSample = 0;
    QTimer* m_loadTimer;
    QPushButton* m_cancelButton;
    QTimer* m_progressTimer; // polls m_progress for the bar while a load runs
    std::shared_ptr<DataLoadProgress> m_progress; // of the newest load; shared with its job
    std::shared_ptr<PreparedDataCache> m_dataCache;

    bool m_refreshing = false;
    bool m_loading = false;
    quint64 m_generation = 0; // of the newest load; older results are dropped
    QString m_loadedSpec; // spec text of m_dataset, or of the failed load
    std::shared_ptr<const Dataset> m_dataset;
    DatasetSplit m_split;
};

} // namespace nw
