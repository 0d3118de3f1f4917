#include "EvaluationRunner.h"

#include "engine/BatchSource.h"
#include "engine/EngineError.h"
#include "engine/Predictor.h"
#include "engine/ThreadPool.h"
#include "io/GraphWeights.h"
#include "training/BackgroundTask.h"


#include <algorithm>
#include <cmath>

namespace nw {

namespace {

void fillClassification(EvaluationResult& r, const Predictions& p, std::size_t n)
{
    const int classes = static_cast<int>(r.report.classNames.size());
    r.classCount = classes;
    r.probabilities.resize(n * static_cast<std::size_t>(classes));
    if (p.outputs.rank() == 2 && p.outputs.dim(1) == 1 && classes == 2) {
        // One logit (binary cross-entropy): sigmoid for class 1, as the report does.
        for (std::size_t i = 0; i < n; ++i) {
            const double p1 = 1.0 / (1.0 + std::exp(-static_cast<double>(p.outputs[i])));
            r.probabilities[2 * i] = static_cast<float>(1.0 - p1);
            r.probabilities[2 * i + 1] = static_cast<float>(p1);
        }
    } else {
        const Tensor soft = softmaxRows(p.outputs);
        std::copy(soft.data(), soft.data() + r.probabilities.size(), r.probabilities.begin());
    }
    r.trueClasses.resize(n);
    r.predictedClasses.resize(n);
    r.losses.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const float* row = r.probabilities.data() + i * static_cast<std::size_t>(classes);
        r.trueClasses[i] = static_cast<int>(p.targets[i]);
        // Ties go to the lower class, like the report's argmax and its "logit > 0".
        r.predictedClasses[i] = static_cast<int>(std::max_element(row, row + classes) - row);
        const double truth = std::max(static_cast<double>(row[r.trueClasses[i]]), 1e-12);
        r.losses[i] = static_cast<float>(-std::log(truth));
    }
}

void fillRegression(EvaluationResult& r, const Predictions& p, std::size_t n)
{
    const std::size_t per = n ? p.outputs.size() / n : 0;
    r.outputsPerSample = static_cast<int>(per);
    r.outputs.assign(p.outputs.data(), p.outputs.data() + p.outputs.size());
    r.losses.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        double sum = 0.0;
        for (std::size_t k = 0; k < per; ++k) {
            const double d = static_cast<double>(p.outputs[i * per + k]) - p.targets[i * per + k];
            sum += d * d;
        }
        r.losses[i] = per ? static_cast<float>(sum / static_cast<double>(per)) : 0.0f;
    }
}

} // namespace

void EvaluationRunner::setProjectWeights(PreparedProject& project, const WeightMap& weights)
{
    if (!project.isValid())
        return; // evaluate() says why
    if (weights.empty()) {
        project.graph().initialize(project.project().training.seed);
        return;
    }
    QString error;
    if (!applyWeights(project.graph(), weights, &error))
        throw EngineError("the trained weights do not fit the network as it is now (" + error.toStdString()
            + "): train it again");
}

EvaluationRunner::EvaluationRunner(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &BackgroundWatcher<Outcome>::finished, this, &EvaluationRunner::deliver);
}

EvaluationRunner::~EvaluationRunner()
{
    m_watcher.waitForFinished();
}

bool EvaluationRunner::start(std::shared_ptr<PreparedProject> project, DataPart part, int threads,
    std::shared_ptr<const WeightMap> weights)
{
    if (m_busy || !project)
        return false;
    m_busy = true;
    m_watcher.setTask(runInBackground([project = std::move(project), part, threads, weights]() mutable {
        Outcome outcome;
        try {
            if (weights)
                setProjectWeights(*project, *weights);
            outcome.result = evaluate(std::move(project), part, threads);
        } catch (const std::exception& e) {
            outcome.error = QString::fromStdString(e.what());
        }
        return outcome;
    }));
    return true;
}

bool EvaluationRunner::isRunning() const
{
    return m_busy;
}

void EvaluationRunner::waitForFinished()
{
    m_watcher.waitForFinished();
}

void EvaluationRunner::deliver()
{
    const Outcome outcome = m_watcher.result();
    m_busy = false;
    if (outcome.result)
        Q_EMIT finished(outcome.result);
    else
        Q_EMIT failed(outcome.error);
}

std::shared_ptr<const EvaluationResult> EvaluationRunner::evaluate(
    std::shared_ptr<PreparedProject> project, DataPart part, int threads)
{
    if (!project->isValid())
        throw EngineError("the network has errors: " + project->compiled().summary().toStdString());
    const auto source = project->source(part);
    if (source->size() == 0)
        throw EngineError("the " + dataPartName(part).toStdString()
            + " split has no samples: change the split fractions in the project");
    ThreadPool pool(threads);
    auto result = std::make_shared<EvaluationResult>();
    result->part = part;
    // The report runs the network once more than strictly needed; it keeps every
    // aggregate exactly what `netwright evaluate` prints.
    result->report = evaluateSource(*project, *source, part, pool);
    Predictions p = predictAll(project->graph(), *source, pool);
    std::size_t n = source->size();
    result->datasetIndices = project->partIndices(part);
    const Dataset& data = project->partData(part);
    if (result->report.classification && data.hasPositionLabels() && p.outputs.rank() == 3) {
        // Tagging: one row per position of every sample (the report counts them the
        // same way); a row's dataset index is its sample's, repeated T times.
        const int positions = data.positionCount();
        result->positionsPerSample = positions;
        std::vector<std::size_t> rows;
        rows.reserve(n * static_cast<std::size_t>(positions));
        for (std::size_t index : result->datasetIndices)
            rows.insert(rows.end(), static_cast<std::size_t>(positions), index);
        result->datasetIndices = std::move(rows);
        n *= static_cast<std::size_t>(positions);
        p.outputs = Tensor({ static_cast<int>(n), p.outputs.dim(2) },
            std::vector<float>(p.outputs.data(), p.outputs.data() + p.outputs.size()));
    }
    if (data.isReconstruction())
        outputsToReconstruction(p.outputs, project->project().training.loss);
    if (result->report.classification)
        fillClassification(*result, p, n);
    else
        fillRegression(*result, p, n);
    if (data.isReconstruction())
        result->latent = LatentSpace::capture(*project, *source, part, pool);
    result->dataset = project->sharedPartData(part);
    return result;
}

} // namespace nw
