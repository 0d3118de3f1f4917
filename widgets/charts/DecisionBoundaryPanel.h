#pragma once
// The decision-boundary dock's content: a DecisionBoundaryWidget fed with the
// training and test samples of a 2-D classification dataset (from the prepared
// project's splits, loaded on a pool thread so the window never waits) and with
// the live field the training session computes between batches.
//
// It decides whether the project is two-dimensional (the compiled network takes
// one input of 2 features and outputs class scores, and the data is a
// classification set) and says so with planarChanged(), so the main window can
// hide the dock for other projects. While the project is 2-D, the session's
// decision fields are enabled over the plane the points span.
#include <QPointF>
#include <QRectF>
#include <QVector>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QTimer;

namespace nw {

class DecisionBoundaryWidget;
class GraphScene;
class NetworkDocument;
class PreparedDataCache;
class TrainingSession;
struct DecisionField;

class DecisionBoundaryPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kFieldColumns = 64;
    static constexpr int kFieldRows = 64;

    DecisionBoundaryPanel(NetworkDocument* document, GraphScene* scene, TrainingSession* session,
        QWidget* parent = nullptr);
    ~DecisionBoundaryPanel() override;

    // Where the document is, or would be, stored: relative dataset paths resolve
    // against its folder (an untitled example copy: the examples folder).
    void setProjectPathProvider(std::function<QString()> provider) { m_projectPath = std::move(provider); }
    // The window's prepared data, shared with training and evaluation (until set: its own).
    void setDataCache(std::shared_ptr<PreparedDataCache> cache) { m_dataCache = std::move(cache); }

    DecisionBoundaryWidget* boundary() const { return m_boundary; }
    bool isPlanar() const { return m_planar; }
    bool isLoading() const { return m_loading; }
    QRectF fieldDomain() const { return m_domain; }
    int fieldsShown() const { return m_fieldsShown; } // fields painted since the points were loaded
    // The samples on show, in the network's input space (standardised like its input).
    const QVector<QPointF>& trainPoints() const { return m_train; }
    const QVector<QPointF>& testPoints() const { return m_test; }

public Q_SLOTS:
    // Loads the samples again (the dataset or the network changed).
    void reload();

Q_SIGNALS:
    void planarChanged(bool planar);
    // A sample was clicked: its index within the training or the test part.
    void sampleSelected(int index, bool test);
    void statusMessage(const QString& message);

private:
    struct PlaneData;
    void scheduleReload();
    void onCompiled();
    void applyPlane(const PlaneData& data, quint64 generation);
    void onField(const DecisionField& field);
    void setPlanar(bool planar);

    NetworkDocument* m_document;
    GraphScene* m_scene;
    TrainingSession* m_session;
    DecisionBoundaryWidget* m_boundary;
    QLabel* m_caption;
    std::function<QString()> m_projectPath;
    QTimer* m_reloadTimer;
    std::shared_ptr<PreparedDataCache> m_dataCache;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_planar = false;
    int m_graphPlanar = -1; // of the last compile: -1 unknown, 0 no, 1 yes
    QRectF m_domain;
    QVector<QPointF> m_train, m_test;
    int m_fieldsShown = 0;
};

} // namespace nw
