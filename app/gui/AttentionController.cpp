#include "AttentionController.h"

#include "ExplainController.h"
#include "TrainingController.h"

#include "attention/AttentionDock.h"
#include "data/Dataset.h"
#include "explain/ExplainModel.h"
#include "training/PreparedProject.h"
#include "training/TrainingSession.h"

#include <QDockWidget>

namespace nw {

QStringList tokenLabels(const Dataset* dataset, const Tensor& sample)
{
    // The characters or words of the dataset's vocabulary (text, words, the sequence
    // tasks); ids as numbers for token arrays without one (npy).
    const Vocabulary* vocabulary = dataset ? dataset->vocabulary().get() : nullptr;
    QStringList labels;
    labels.reserve(static_cast<qsizetype>(sample.size()));
    for (std::size_t i = 0; i < sample.size(); ++i) {
        if (!vocabulary) {
            labels.append(QString::number(static_cast<double>(sample[i]), 'g', 7));
            continue;
        }
        const QString token = QString::fromStdString(vocabulary->token(static_cast<int>(sample[i])));
        labels.append(token == QStringLiteral(" ") ? QStringLiteral("␣") : token); // a space must show
    }
    return labels;
}

AttentionController::AttentionController(
    ExplainController* explain, TrainingController* training, AttentionDock* view, QDockWidget* dock, QObject* parent)
    : QObject(parent)
    , m_explain(explain)
    , m_training(training)
    , m_view(view)
    , m_dock(dock)
{
    connect(m_explain, &ExplainController::sampleOpened, this, &AttentionController::sampleOpened);
    connect(m_explain, &ExplainController::setupChanged, this, [this] {
        m_runner.setProject(m_explain->setup().project);
        m_shows = { 0, 0 }; // another network: whatever is on show is of the old one
        refresh();
    });
    connect(m_explain, &ExplainController::weightsUpdated, this, &AttentionController::refresh);
    TrainingSession* session = m_training->session();
    connect(session, &TrainingSession::sequenceTraceReady, this, &AttentionController::liveTrace);
    connect(session, &TrainingSession::stateChanged, this, [this] {
        followRun();
        refresh();
    });
    m_view->setMessage(tr("Click a sample in the confusion matrix's gallery, the decision boundary, the dataset "
                          "preview or the Sample dock to see what the network's attention and recurrent layers do "
                          "with it."));
}

bool AttentionController::isShown() const
{
    // A dock tab behind another stays isVisible(); only its visible region says it is covered.
    return m_dock->isVisible() && !m_dock->visibleRegion().isEmpty();
}

void AttentionController::visibilityMayHaveChanged()
{
    followRun();
    refresh();
}

void AttentionController::sampleOpened()
{
    ++m_sampleSerial;
    m_tokens = m_explain->hasSample() ? tokenLabels(m_explain->sampleDataset().get(), m_explain->sample()) : QStringList();
    if (!m_explain->hasSample())
        m_view->setMessage(tr("Click a sample in the confusion matrix's gallery, the decision boundary, the dataset "
                              "preview or the Sample dock to see what the network's attention and recurrent layers "
                              "do with it."));
    followRun();
    refresh();
}

void AttentionController::followRun()
{
    // The worker traces the sample only while somebody can see it.
    TrainingSession* session = m_training->session();
    const bool follow = isShown() && m_explain->hasSample() && session->isRunning();
    const bool wasFollowing = session->isSequenceTraceEnabled();
    session->setSequenceSample(follow, follow ? m_explain->sample() : Tensor(), m_sampleSerial);
    if (follow && (!wasFollowing || m_shows.first != m_sampleSerial))
        session->requestSequenceTrace(); // at once, not after the next interval
}

void AttentionController::refresh()
{
    if (!isShown() || !m_explain->hasSample())
        return;
    if (m_training->session()->isRunning())
        return; // the worker's traces come to liveTrace()
    m_explain->ensurePrepared();
    const ExplainSetup& setup = m_explain->setup();
    if (!setup.isValid() || m_explain->isPreparing()) {
        if (m_shows.first != m_sampleSerial)
            m_view->setMessage(tr("Preparing the network…"));
        return; // setupChanged() comes back here
    }
    if (m_explain->sample().shape() != setup.inputShape) {
        m_view->setMessage(tr("This sample (%1) does not fit the network's input (%2).")
                               .arg(QString::fromStdString(shapeToString(m_explain->sample().shape())),
                                   QString::fromStdString(shapeToString(setup.inputShape))));
        return;
    }
    if (m_shows == std::pair<quint64, quint64> { m_sampleSerial, m_explain->weightsRevision() })
        return;
    computeFromWeights();
}

void AttentionController::computeFromWeights()
{
    std::shared_ptr<const ExplainJobRunner::WeightMap> weights = m_explain->weights();
    if (!weights)
        weights = std::make_shared<const ExplainJobRunner::WeightMap>();
    m_runner.setWeights(weights, m_explain->weightsRevision());
    m_shows = { m_sampleSerial, m_explain->weightsRevision() };
    const QString caption = m_explain->subject().title + QStringLiteral(" — ")
        + (weights->empty() ? tr("untrained: the seed's initial weights") : tr("trained weights"));
    auto trace = std::make_shared<SequenceTrace>();
    const quint64 serial = ++m_requestSerial;
    m_runner.submit(
        [trace, sample = m_explain->sample()](ExplainModel& model, PreparedProject&) {
            model.scores(asBatch(sample));
            *trace = collectSequenceTrace(model.graph());
            return QString();
        },
        [this, trace, serial, caption](const QString& error) {
            if (serial != m_requestSerial)
                return; // a newer request is on its way
            if (!error.isEmpty()) {
                m_view->setMessage(error);
                m_shows = { 0, 0 };
                return;
            }
            show(trace, caption, false);
        });
}

void AttentionController::liveTrace(const SequenceTraceReport& report)
{
    if (report.sampleSerial != m_sampleSerial || !report.trace || !isShown())
        return;
    ++m_requestSerial; // an answer from the weights of before is older than this
    show(report.trace, tr("%1 — live, epoch %2").arg(m_explain->subject().title).arg(report.epoch + 1), true);
}

void AttentionController::show(std::shared_ptr<const SequenceTrace> trace, const QString& caption, bool live)
{
    m_view->setTrace(std::move(trace), m_tokens, caption);
    ++m_traces;
    if (live)
        ++m_liveTraces;
    Q_EMIT traceShown();
}

} // namespace nw
