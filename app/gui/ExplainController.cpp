#include "ExplainController.h"

#include "DatasetSampleSubject.h"
#include "analysis/SampleRendering.h"
#include "explain/AttributionPage.h"
#include "explain/DrawPage.h"
#include "explain/ExplainDock.h"
#include "explain/Explainer.h"
#include "explain/ExplainMethodForm.h"
#include "explain/ExplainModel.h"
#include "explain/ExplainTexts.h"
#include "explain/FeatureMapsPage.h"
#include "explain/ProjectionPage.h"
#include "model/NetworkDocument.h"
#include "ProjectComparison.h"
#include "ProjectionJob.h"
#include "training/BackgroundTask.h"
#include "training/PreparedProject.h"
#include "training/TrainingSession.h"
#include "TrainingController.h"

#include <QDockWidget>
#include <QUndoStack>

#include <algorithm>
#include <variant>

namespace nw {

ExplainController::ExplainController(
    NetworkDocument* document, TrainingController* training, ExplainDock* view, QDockWidget* dock, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_training(training)
    , m_view(view)
    , m_dock(dock)
    , m_hoverRunner(1)
{
    m_weightsTimer.setSingleShot(true);
    connect(&m_weightsTimer, &QTimer::timeout, this, &ExplainController::weightsChanged);
    connect(&m_preparer, &BackgroundWatcher<ExplainSetup>::finished, this, &ExplainController::onPrepared);

    connect(m_view->attribution(), &AttributionPage::requestChanged, this, &ExplainController::computeAttribution);
    connect(m_view->featureMaps(), &FeatureMapsPage::nodeChanged, this, &ExplainController::computeFeatureMaps);
    connect(m_view->projection(), &ProjectionPage::projectionRequested, this, [this] { computeProjection(true); });
    connect(m_view->projection(), &ProjectionPage::pointActivated, this, [this](int point) {
        if (point < 0 || static_cast<std::size_t>(point) >= m_projectionIndices.size())
            return;
        openSample(m_projectionDataset, m_projectionIndices[static_cast<std::size_t>(point)], tr("the test split"));
        m_view->showPage(ExplainDock::AttributionTab); // the maps of the clicked sample
    });
    connect(m_view->draw(), &DrawPage::inputChanged, this, &ExplainController::computeDrawing);
    connect(m_view, &QTabWidget::currentChanged, this, &ExplainController::visibilityMayHaveChanged);

    TrainingSession* session = m_training->session();
    connect(session, &TrainingSession::epochFinished, this, &ExplainController::weightsChanged);
    connect(m_document, &NetworkDocument::weightsChanged, this, [this] {
        if (!m_training->session()->isRunning())
            weightsChanged();
    });
    connect(m_training, &TrainingController::runPrepared, this, [this](std::shared_ptr<PreparedProject> twin) {
        m_runTwin = std::move(twin);
        if (isShown() || hasSample())
            prepare();
    });
    connect(m_training, &TrainingController::runEnded, this, [this] { m_runTwin.reset(); });
    connect(m_training, &TrainingController::runFailed, this, [this] { m_runTwin.reset(); });
    // An edit may change what the network is: prepared again when something is on show.
    const auto edited = [this] {
        if (isShown() && needsPreparing())
            QTimer::singleShot(0, this, [this] {
                if (needsPreparing())
                    prepare();
            });
    };
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, edited);
    connect(m_document, &NetworkDocument::projectPartsChanged, this, edited);
}

ExplainController::~ExplainController()
{
    m_preparer.waitForFinished();
}

bool ExplainController::isShown() const
{
    // A dock tab behind another stays isVisible(); only its visible region says it is covered.
    return m_dock->isVisible() && !m_dock->visibleRegion().isEmpty();
}

void ExplainController::ensurePrepared()
{
    if (!m_preparing && needsPreparing())
        prepare();
}

bool ExplainController::isBusy() const
{
    return m_preparing || m_attributionRunner.isBusy() || m_featureMapRunner.isBusy() || m_projectionRunner.isBusy()
        || m_drawRunner.isBusy() || m_hoverRunner.isBusy();
}

void ExplainController::forEachRunner(const std::function<void(ExplainJobRunner&)>& f)
{
    for (ExplainJobRunner* runner :
        { &m_attributionRunner, &m_featureMapRunner, &m_projectionRunner, &m_drawRunner, &m_hoverRunner })
        f(*runner);
}

// --- the project -------------------------------------------------------------

bool ExplainController::isCurrent(const ExplainSetup& setup) const
{
    if (m_training->session()->isRunning() && m_runTwin)
        return setup.project == m_runTwin;
    // While a run's data loads, what is there stays good enough.
    return m_training->isBusy() || evaluatesAlike(m_document->project(), setup.preparedFrom);
}

bool ExplainController::needsPreparing() const
{
    return !m_setup.isValid() || !isCurrent(m_setup);
}

void ExplainController::prepare()
{
    if (m_preparing) {
        m_prepareAgain = true;
        return;
    }
    m_preparing = true;
    m_prepareAgain = false;
    if (m_training->session()->isRunning() && m_runTwin) {
        m_preparer.setTask(runInBackground([twin = m_runTwin] { return makeExplainSetup(twin); }));
        return;
    }
    Project project = m_document->project();
    const QString path = m_training->dataProjectPath();
    m_preparer.setTask(runInBackground(
        [project = std::move(project), path, cache = m_training->dataCache()]() mutable {
            PreparedProject::Options options;
            options.loadWeights = false; // the controller's weights are set per job
            options.dataCache = cache.get();
            QString error;
            std::shared_ptr<PreparedProject> prepared
                = PreparedProject::fromProject(std::move(project), path, options, &error);
            if (!prepared) {
                ExplainSetup failed;
                failed.error = error;
                return failed;
            }
            return makeExplainSetup(std::move(prepared));
        }));
}

void ExplainController::onPrepared()
{
    m_preparing = false;
    ExplainSetup setup = m_preparer.result();
    if (m_prepareAgain || (setup.isValid() && !isCurrent(setup))) {
        prepare();
        return;
    }
    if (!setup.isValid()) {
        m_view->attribution()->setStatus(setup.error);
        m_view->featureMaps()->setMessage(setup.error);
        m_view->projection()->setMessage(setup.error);
        m_pendingDatasetIndex.reset();
        return;
    }
    adoptSetup(std::move(setup));
}

void ExplainController::adoptSetup(ExplainSetup setup)
{
    m_setup = std::move(setup);
    forEachRunner([this](ExplainJobRunner& runner) { runner.setProject(m_setup.project); });
    const Shape& input = m_setup.inputShape;
    const int side = m_setup.imageInput ? std::max(input[1], input[2]) : 1;
    m_view->attribution()->form()->setModel(m_setup.imageInput, side, m_setup.classNames, m_setup.spatialNodes);

    QStringList shapes;
    for (const QString& node : m_setup.hiddenNodes)
        shapes.append(m_setup.project->compiled().nodes.value(node).shapeText());
    const QString firstSpatial = m_setup.spatialNodes.isEmpty() ? QString() : m_setup.spatialNodes.first();
    {
        const QSignalBlocker block(m_view->featureMaps());
        m_view->featureMaps()->setNodes(m_setup.hiddenNodes, shapes, firstSpatial);
    }
    {
        const QSignalBlocker block(m_view->projection());
        m_view->projection()->setNodes(m_setup.hiddenNodes, m_setup.preferredProjectionNode);
    }
    if (m_setup.oneChannelImage) {
        m_view->draw()->setInkFrame(m_setup.ink);
        m_view->draw()->setInput(input[1], input[2], m_setup.classNames);
    } else {
        m_view->draw()->setInput(0, 0, {}, tr("Drawing needs a network whose input is a one-channel image."));
    }
    m_projectedRevision = 0;
    refreshWeights();
    Q_EMIT setupChanged();

    if (m_pendingDatasetIndex) {
        const std::size_t index = *m_pendingDatasetIndex;
        m_pendingDatasetIndex.reset();
        openSample(m_setup.project->preparedData()->data, index, tr("the dataset"));
        return;
    }
    if (hasSample())
        showSubject(); // the classes or feature names may have changed
    refreshShown();
}

void ExplainController::documentReplaced()
{
    m_preparer.waitForFinished();
    m_preparing = false;
    // Answers still on their way belong to the old document: dropped when they come.
    ++m_attributionSerial;
    ++m_featureMapSerial;
    ++m_projectionSerial;
    ++m_drawSerial;
    m_setup = {};
    m_runTwin.reset();
    m_sampleDataset.reset();
    m_projectionDataset.reset();
    m_projectionIndices.clear();
    m_pendingDatasetIndex.reset();
    m_subject = {};
    m_sample = {};
    forEachRunner([](ExplainJobRunner& runner) {
        runner.dropWaiting();
        runner.setProject(nullptr);
    });
    m_view->attribution()->clearSubject(
        tr("Click a sample in the confusion matrix's gallery, the decision boundary, the dataset preview or the Sample "
           "dock to see why the network predicts what it does."));
    m_view->featureMaps()->setMessage(tr("Open a sample to see what each layer makes of it."));
    m_view->projection()->setMessage(
        tr("Where the test samples lie in a hidden layer's space: each cluster is what the layer groups together."));
    Q_EMIT setupChanged();
    Q_EMIT sampleOpened();
    if (isShown())
        prepare();
}

// --- weights -------------------------------------------------------------------

void ExplainController::weightsChanged()
{
    // Epochs may come hundreds of times a second: at most one refresh per interval,
    // always with the latest weights (the timer comes back here).
    if (m_sinceWeights.isValid() && m_sinceWeights.elapsed() < kWeightsIntervalMs) {
        if (!m_weightsTimer.isActive())
            m_weightsTimer.start(static_cast<int>(kWeightsIntervalMs - m_sinceWeights.elapsed()));
        return;
    }
    m_sinceWeights.start();
    refreshWeights();
    refreshShown();
    Q_EMIT weightsUpdated();
}

void ExplainController::refreshWeights()
{
    TrainingSession* session = m_training->session();
    auto weights = std::make_shared<ExplainJobRunner::WeightMap>();
    QString origin;
    if (session->isRunning() && m_setup.project == m_runTwin && m_runTwin) {
        int epoch = -1;
        *weights = session->weightsSnapshot(&epoch);
        origin = epoch >= 0 ? tr("Weights after epoch %1.").arg(epoch + 1)
                            : tr("Initial weights: the run has just started.");
    } else {
        *weights = m_document->weights();
        origin = weights->empty()
            ? tr("Untrained: the seed's initial weights. Train the network to see what it learns.")
            : tr("Trained weights.");
    }
    m_weights = std::move(weights);
    ++m_weightsRevision;
    forEachRunner([this](ExplainJobRunner& runner) { runner.setWeights(m_weights, m_weightsRevision); });
    m_view->attribution()->setStatus(origin);
}

// --- what is on show -----------------------------------------------------------

void ExplainController::visibilityMayHaveChanged()
{
    refreshShown();
}

void ExplainController::refreshShown()
{
    if (!isShown() || m_preparing)
        return; // onPrepared() comes back here
    if (needsPreparing()) {
        prepare();
        return;
    }
    const std::pair<quint64, quint64> now { m_weightsRevision, m_sampleSerial };
    switch (m_view->page()) {
    case ExplainDock::AttributionTab:
        if (m_attributionShows != now)
            computeAttribution();
        break;
    case ExplainDock::FeatureMapsTab:
        if (m_featureMapShows != now)
            computeFeatureMaps();
        break;
    case ExplainDock::ProjectionTab:
        computeProjection(false);
        break;
    case ExplainDock::DrawTab:
        computeDrawing();
        break;
    }
}

// --- samples -------------------------------------------------------------------

void ExplainController::openDatasetSample(std::size_t index)
{
    if (m_setup.isValid() && !needsPreparing()) {
        openSample(m_setup.project->preparedData()->data, index, tr("the dataset"));
        return;
    }
    m_pendingDatasetIndex = index;
    prepare();
}

void ExplainController::openSample(std::shared_ptr<const Dataset> dataset, std::size_t index, const QString& where)
{
    if (!dataset || index >= dataset->size())
        return;
    m_sampleDataset = std::move(dataset);
    m_sampleIndex = index;
    ++m_sampleSerial;
    DatasetSampleSubject opened = datasetSampleSubject(*m_sampleDataset, index, tr("Sample %1 of %2").arg(index).arg(where));
    m_subject = std::move(opened.subject);
    m_sample = std::move(opened.sample);
    showSubject();
    Q_EMIT sampleOpened();
    if (!m_preparing && needsPreparing())
        prepare(); // computes once the network is ready
    else
        refreshShown();
}

void ExplainController::showSubject()
{
    if (!m_sampleDataset)
        return;
    if (!m_setup.classNames.isEmpty())
        m_subject.classNames = m_setup.classNames;
    if (m_subject.image.isNull())
        m_subject.featureNames = m_setup.featureNames;
    m_view->attribution()->setSubject(m_subject);
    if (m_setup.isValid() && m_sample.shape() != m_setup.inputShape)
        m_view->attribution()->setStatus(tr("This sample (%1) does not fit the network's input (%2).")
                                             .arg(QString::fromStdString(shapeToString(m_sample.shape())),
                                                 QString::fromStdString(shapeToString(m_setup.inputShape))));
}

int ExplainController::resolveTarget(int choice) const
{
    if (choice == ExplainMethodForm::kTrueClass)
        return m_subject.trueClass; // -1 (the predicted class) when unknown
    return choice;
}

// --- computing -----------------------------------------------------------------

void ExplainController::computeAttribution()
{
    if (!hasSample() || !m_setup.isValid() || m_sample.shape() != m_setup.inputShape)
        return;
    AttributionPage* page = m_view->attribution();
    const std::vector<ExplainMethod> methods = page->form()->methods();
    std::vector<ExplainOptions> requests;
    const int target = resolveTarget(page->form()->targetChoice());
    for (ExplainMethod method : methods) {
        ExplainOptions options = page->form()->options(method);
        options.target
            = target < static_cast<int>(m_setup.classNames.size()) || m_setup.classNames.isEmpty() ? target : -1;
        requests.push_back(options);
    }
    page->setComputing();
    m_attributionShows = { m_weightsRevision, m_sampleSerial };
    using Outcome = std::variant<Explanation, QString>;
    auto outcomes = std::make_shared<std::vector<Outcome>>();
    const quint64 serial = ++m_attributionSerial;
    m_attributionRunner.submit(
        [outcomes, requests, sample = m_sample, context = m_setup.context](ExplainModel& model, PreparedProject&) {
            for (const ExplainOptions& options : requests) {
                try {
                    outcomes->push_back(explain(model, sample, options, *context));
                } catch (const ExplainError& error) {
                    outcomes->push_back(ExplainTexts::problem(error.problem(), error.args()));
                } catch (const std::exception& error) {
                    outcomes->push_back(QString::fromStdString(error.what()));
                }
            }
            return QString();
        },
        [this, outcomes, methods, serial](const QString& error) {
            if (serial != m_attributionSerial)
                return; // a newer request is on its way
            AttributionPage* page = m_view->attribution();
            for (std::size_t i = 0; i < methods.size(); ++i) {
                if (!error.isEmpty() || i >= outcomes->size())
                    page->setFailure(methods[i], error);
                else if (const auto* explanation = std::get_if<Explanation>(&(*outcomes)[i]))
                    page->setExplanation(methods[i], *explanation);
                else
                    page->setFailure(methods[i], std::get<QString>((*outcomes)[i]));
            }
            ++m_attributions;
            Q_EMIT attributionReady();
        });
}

void ExplainController::computeFeatureMaps()
{
    FeatureMapsPage* page = m_view->featureMaps();
    const QString node = page->node();
    if (!hasSample() || !m_setup.isValid() || node.isEmpty() || m_sample.shape() != m_setup.inputShape)
        return;
    auto output = std::make_shared<Tensor>();
    m_featureMapShows = { m_weightsRevision, m_sampleSerial };
    const quint64 serial = ++m_featureMapSerial;
    m_featureMapRunner.submit(
        [output, sample = m_sample, node = node.toStdString()](ExplainModel& model, PreparedProject&) {
            *output = sampleOf(model.nodeOutputs(asBatch(sample), node), 0);
            return QString();
        },
        [this, output, node, serial](const QString& error) {
            if (serial != m_featureMapSerial)
                return;
            if (!error.isEmpty())
                m_view->featureMaps()->setMessage(error);
            else
                m_view->featureMaps()->setActivations(node, *output, m_subject.title);
            ++m_featureMaps;
            Q_EMIT featureMapsReady();
        });
}

void ExplainController::requestActivations(
    const QString& node, std::function<void(const Tensor& output, const QString& error)> done)
{
    if (!hasSample() || !m_setup.isValid() || m_sample.shape() != m_setup.inputShape) {
        done({}, tr("Open a sample in the Explain dock to see what this layer makes of it."));
        return;
    }
    auto output = std::make_shared<Tensor>();
    m_hoverRunner.submit(
        [output, sample = m_sample, node = node.toStdString()](ExplainModel& model, PreparedProject&) {
            *output = sampleOf(model.nodeOutputs(asBatch(sample), node), 0);
            return QString();
        },
        [output, done = std::move(done)](const QString& error) { done(*output, error); });
}

void ExplainController::computeProjection(bool force)
{
    ProjectionPage* page = m_view->projection();
    const QString node = page->node();
    if (!m_setup.isValid() || node.isEmpty())
        return;
    if (!force && node == m_projectedNode && m_projectedRevision == m_weightsRevision)
        return;
    if (!force && m_training->session()->isRunning() && m_sinceProjection.isValid()
        && m_sinceProjection.elapsed() < kProjectionIntervalWhileTrainingMs)
        return;
    const PreparedProject& project = *m_setup.project;
    DataPart part = DataPart::Test;
    for (DataPart candidate : { DataPart::Test, DataPart::Validation, DataPart::Train })
        if (project.partSize(candidate) > 0) {
            part = candidate;
            break;
        }
    std::shared_ptr<const Dataset> dataset = project.sharedPartData(part);
    std::vector<std::size_t> indices = project.partIndices(part);
    if (indices.size() > kMaxProjectionSamples)
        indices.resize(kMaxProjectionSamples);
    if (indices.size() < 3) {
        page->setMessage(tr("The split has too few samples to project."));
        return;
    }
    page->setBusy(tr("Projecting %n samples of the %1 split…", nullptr, static_cast<int>(indices.size()))
                      .arg(dataPartName(part)));
    m_sinceProjection.start();
    m_projectedNode = node;
    m_projectedRevision = m_weightsRevision;
    auto points = std::make_shared<ProjectionScatter::Points>();
    const quint64 serial = ++m_projectionSerial;
    const QStringList classNames = m_setup.classNames;
    m_projectionRunner.submit(
        [points, dataset, indices, node = node.toStdString(), classNames](ExplainModel& model, PreparedProject&) {
            *points = projectSamples(model, *dataset, indices, node, classNames);
            return QString();
        },
        [this, points, dataset, indices, node, part, serial](const QString& error) {
            if (serial != m_projectionSerial)
                return;
            ProjectionPage* page = m_view->projection();
            if (!error.isEmpty()) {
                page->setMessage(error);
                m_projectedRevision = 0;
            } else {
                m_projectionDataset = dataset;
                m_projectionIndices = indices;
                const int wrong = wrongPredictions(*points);
                const QString caption
                    = tr("%1 over %n samples of the %2 split, %3 of them predicted wrong. Click a point to explain it.",
                        nullptr, static_cast<int>(indices.size()))
                          .arg(node, dataPartName(part))
                          .arg(wrong);
                page->setPoints(*points, caption);
                const bool images = isImageDataset(*dataset);
                page->scatter()->setThumbnailProvider(
                    [dataset, indices, images](int point) {
                        return images ? renderSample(*dataset, indices[static_cast<std::size_t>(point)], 84) : QImage();
                    },
                    [dataset, indices, images, names = m_setup.featureNames](int point) {
                        if (images)
                            return QString();
                        // Values as the network sees them (a table is standardised).
                        const std::vector<float> values
                            = sampleFeatures(*dataset, indices[static_cast<std::size_t>(point)]);
                        QStringList lines;
                        for (std::size_t i = 0; i < values.size() && i < 8; ++i)
                            lines.append(QStringLiteral("%1 = %2")
                                             .arg(static_cast<int>(i) < names.size() ? names[static_cast<int>(i)]
                                                                                     : QString::number(i))
                                             .arg(static_cast<double>(values[i]), 0, 'g', 3));
                        return lines.join(QLatin1Char('\n'));
                    });
            }
            ++m_projections;
            Q_EMIT projectionReady();
        });
}

void ExplainController::computeDrawing()
{
    DrawPage* page = m_view->draw();
    if (!page->isAvailable() || !m_setup.isValid() || !m_setup.oneChannelImage)
        return;
    const std::vector<float> values = page->input();
    if (values.size() != shapeNumel(m_setup.inputShape))
        return;
    ExplainOptions options;
    options.method = page->method();
    auto result = std::make_shared<Explanation>();
    const quint64 serial = ++m_drawSerial;
    m_drawRunner.submit(
        [result, options, sample = Tensor(m_setup.inputShape, values), context = m_setup.context](
            ExplainModel& model, PreparedProject&) {
            *result = explain(model, sample, options, *context);
            return QString();
        },
        [this, result, serial](const QString& error) {
            if (serial != m_drawSerial)
                return;
            if (!error.isEmpty())
                m_view->draw()->setFailure(error);
            else
                m_view->draw()->setResult(*result);
            ++m_drawings;
            Q_EMIT drawingReady();
        });
}

} // namespace nw
