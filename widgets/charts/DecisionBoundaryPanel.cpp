#include "DecisionBoundaryPanel.h"

#include "DecisionBoundaryWidget.h"

#include "engine/BatchSource.h"
#include "graph/GraphScene.h"
#include "model/NetworkDocument.h"
#include "training/BackgroundWatcher.h"
#include "training/DecisionField.h"
#include "training/PreparedDataCache.h"
#include "training/PreparedProject.h"
#include "training/TrainingSession.h"

#include <QDir>
#include <QLabel>
#include <QPointer>
#include <QTimer>
#include <QVBoxLayout>

#include <numeric>

namespace nw {

struct DecisionBoundaryPanel::PlaneData {
    bool graphValid = false; // false: the network does not compile now; keep what is shown
    bool planar = false;
    QVector<QPointF> train, test;
    QVector<int> trainLabels, testLabels;
    QStringList classNames;
};

namespace {

void readPart(const PreparedProject& project, DataPart part, QVector<QPointF>& points, QVector<int>& labels)
{
    const std::unique_ptr<BatchSource> source = project.source(part);
    std::vector<std::size_t> indices(source->size());
    std::iota(indices.begin(), indices.end(), std::size_t(0));
    if (indices.empty())
        return;
    Tensor inputs, targets;
    source->fillBatch(indices, inputs, targets);
    points.reserve(qsizetype(indices.size()));
    labels.reserve(qsizetype(indices.size()));
    for (std::size_t i = 0; i < indices.size(); ++i) {
        points.append(QPointF(inputs[i * 2], inputs[i * 2 + 1]));
        labels.append(int(targets[i]));
    }
}

} // namespace

DecisionBoundaryPanel::DecisionBoundaryPanel(
    NetworkDocument* document, GraphScene* scene, TrainingSession* session, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_scene(scene)
    , m_session(session)
    , m_boundary(new DecisionBoundaryWidget(this))
    , m_caption(new QLabel(this))
    , m_reloadTimer(new QTimer(this))
    , m_dataCache(std::make_shared<PreparedDataCache>())
{
    setObjectName(QStringLiteral("decisionBoundaryPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    m_caption->setWordWrap(true);
    layout->addWidget(m_caption);
    layout->addWidget(m_boundary, 1);
    m_projectPath = [this] {
        return m_document->filePath().isEmpty() ? QDir::current().filePath(QStringLiteral("untitled.nwproj"))
                                                : m_document->filePath();
    };

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(150); // several edits in a row load once
    connect(m_reloadTimer, &QTimer::timeout, this, &DecisionBoundaryPanel::reload);
    connect(m_document, &NetworkDocument::projectPartsChanged, this, &DecisionBoundaryPanel::scheduleReload);
    connect(m_document, &NetworkDocument::compiled, this, &DecisionBoundaryPanel::onCompiled);
    connect(m_session, &TrainingSession::decisionFieldReady, this, &DecisionBoundaryPanel::onField);
    connect(m_boundary, &DecisionBoundaryWidget::sampleClicked, this, [this](int index, bool test) {
        Q_EMIT statusMessage(test ? tr("Test sample %1 selected.").arg(index)
                                  : tr("Training sample %1 selected.").arg(index));
        Q_EMIT sampleSelected(index, test);
    });
}

DecisionBoundaryPanel::~DecisionBoundaryPanel() = default;

void DecisionBoundaryPanel::scheduleReload()
{
    m_reloadTimer->start();
}

void DecisionBoundaryPanel::onCompiled()
{
    // Only a change of the network's two-dimensionality can change what is shown;
    // ordinary edits do not reload the data.
    const CompileResult& result = m_document->compileResult();
    if (!result.ok())
        return;
    const int planar = isPlaneClassifier(*result.graph) ? 1 : 0;
    if (planar != m_graphPlanar) {
        m_graphPlanar = planar;
        scheduleReload();
    }
}

void DecisionBoundaryPanel::reload()
{
    m_reloadTimer->stop();
    const quint64 generation = ++m_generation;
    m_loading = true;
    Project project = m_document->project();
    const QString path = m_projectPath();
    auto* watcher = new BackgroundWatcher<PlaneData>(this);
    connect(watcher, &BackgroundWatcher<PlaneData>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        applyPlane(watcher->result(), generation);
    });
    watcher->setTask(runInBackground([project = std::move(project), path, cache = m_dataCache]() mutable {
        PlaneData data;
        QString error;
        PreparedProject::Options options;
        options.loadWeights = false;
        options.dataCache = cache.get();
        options.loadData = false; // the network first: only 2-D ones need their data
        std::unique_ptr<PreparedProject> prepared = PreparedProject::fromProject(project, path, options, &error);
        if (!prepared || !prepared->isValid())
            return data;
        data.graphValid = true;
        if (!isPlaneClassifier(prepared->graph()))
            return data;
        options.loadData = true;
        prepared = PreparedProject::fromProject(std::move(project), path, options, &error);
        if (!prepared || !prepared->hasData() || prepared->data().task() != TaskKind::Classification)
            return data;
        try {
            readPart(*prepared, DataPart::Train, data.train, data.trainLabels);
            readPart(*prepared, DataPart::Test, data.test, data.testLabels);
        } catch (const std::exception&) {
            return data;
        }
        for (const std::string& name : prepared->data().classNames())
            data.classNames << QString::fromStdString(name);
        data.planar = true;
        return data;
    }));
}

void DecisionBoundaryPanel::applyPlane(const PlaneData& data, quint64 generation)
{
    if (generation != m_generation)
        return; // overtaken by a newer load
    m_loading = false;
    if (!data.graphValid)
        return; // mid-edit: keep what is shown
    if (!data.planar) {
        m_boundary->setPoints({}, {}, {}, {});
        m_train.clear();
        m_test.clear();
        m_boundary->clearField();
        m_domain = QRectF();
        m_session->setDecisionFieldEnabled(false);
        m_caption->clear();
        setPlanar(false);
        return;
    }
    const bool running = m_session->isRunning();
    m_boundary->clearField();
    m_boundary->setPoints(data.train, data.trainLabels, data.test, data.testLabels);
    m_train = data.train;
    m_test = data.test;
    m_boundary->setClassNames(data.classNames);
    const QRectF domain = m_boundary->domain(); // the points' bounds, padded
    if (domain != m_domain || !running) {
        m_domain = domain;
        m_fieldsShown = 0;
    }
    m_session->setDecisionFieldEnabled(true, m_domain, kFieldColumns, kFieldRows);
    // The points were reloaded (a setting changed) and the picture cleared: it comes back
    // at once, mid-run from the run's weights and after a run from the weights it left.
    m_session->requestDecisionField();
    m_caption->setText(tr("%1 training samples (dots), %2 test samples (rings). The colours show the class the "
                          "network predicts.")
                           .arg(data.train.size())
                           .arg(data.test.size()));
    setPlanar(true);
}

void DecisionBoundaryPanel::onField(const DecisionField& field)
{
    if (!m_planar || field.domain != m_domain)
        return; // another plane's field (a run of an earlier project)
    if (m_boundary->setField(field))
        ++m_fieldsShown;
}

void DecisionBoundaryPanel::setPlanar(bool planar)
{
    if (m_planar == planar)
        return;
    m_planar = planar;
    Q_EMIT planarChanged(planar);
}

} // namespace nw
