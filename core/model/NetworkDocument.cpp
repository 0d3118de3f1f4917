#include "NetworkDocument.h"

#include "GraphCompiler.h"
#include "io/ProjectFile.h"
#include "io/ProjectPairFile.h"

#include <QAbstractEventDispatcher>
#include <QFileInfo>
#include <QStringList>

namespace nw {

NetworkDocument::NetworkDocument(QObject* parent)
    : QObject(parent)
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this] { updateModified(); });
    connect(&m_undoStack, &QUndoStack::indexChanged, this, [this] { ++m_revision; });
    connect(this, &NetworkDocument::projectPartsChanged, this, [this] { ++m_revision; });

    m_compileTimer.setSingleShot(true);
    m_compileTimer.setInterval(0);
    connect(&m_compileTimer, &QTimer::timeout, this, &NetworkDocument::compile);
    // Moving cards changes no shape: only these need a new compile.
    connect(&m_model, &NetworkGraphModel::nodeCreated, this, &NetworkDocument::scheduleCompile);
    connect(&m_model, &NetworkGraphModel::nodeDeleted, this, &NetworkDocument::scheduleCompile);
    connect(&m_model, &NetworkGraphModel::nodeUpdated, this, &NetworkDocument::scheduleCompile);
    connect(&m_model, &NetworkGraphModel::connectionCreated, this, &NetworkDocument::scheduleCompile);
    connect(&m_model, &NetworkGraphModel::connectionDeleted, this, &NetworkDocument::scheduleCompile);
    connect(&m_model, &NetworkGraphModel::outputNodeChanged, this, &NetworkDocument::scheduleCompile);
    connect(&m_model, &NetworkGraphModel::modelReset, this, &NetworkDocument::scheduleCompile);
    compile();
}

void NetworkDocument::scheduleCompile()
{
    m_compilePending = true;
    // Headless, without an event loop, the compile waits for compileNow().
    if (QAbstractEventDispatcher::instance())
        m_compileTimer.start();
}

void NetworkDocument::compileNow()
{
    if (m_compilePending)
        compile();
}

void NetworkDocument::compile()
{
    m_compileTimer.stop();
    m_compilePending = false;
    const qint64 before = m_compiled.totalParameters;
    m_compiled = GraphCompiler(m_model.registry()).compile(m_model);
    Q_EMIT compiled(m_compiled);
    if (before != m_compiled.totalParameters)
        Q_EMIT totalParametersChanged(m_compiled.totalParameters);
}

NetworkDocument::~NetworkDocument() = default;

void NetworkDocument::push(QUndoCommand* command)
{
    m_undoStack.push(command);
}

bool NetworkDocument::isModified() const
{
    return !m_undoStack.isClean() || m_partsModified;
}

void NetworkDocument::updateModified()
{
    const bool modified = isModified();
    if (modified != m_modified) {
        m_modified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

void NetworkDocument::setPartsModified(bool modified)
{
    m_partsModified = modified;
    updateModified();
}

namespace {

std::map<QString, WeightOrigin> allTrained(const std::map<std::string, Tensor>& weights)
{
    std::map<QString, WeightOrigin> origins;
    for (const auto& entry : weights)
        origins[nodeOfTensor(entry.first)] = WeightOrigin::Trained;
    return origins;
}

} // namespace

void NetworkDocument::setWeights(std::map<std::string, Tensor> weights, int epoch)
{
    auto origins = allTrained(weights);
    setWeights(std::move(weights), epoch, std::move(origins));
}

WeightOrigin NetworkDocument::weightOrigin(const QString& nodeId) const
{
    const auto it = m_weightOrigins.find(nodeId);
    return it == m_weightOrigins.end() ? WeightOrigin::Initial : it->second;
}

void NetworkDocument::setWeights(std::map<std::string, Tensor> weights, int epoch, std::map<QString, WeightOrigin> origins)
{
    if (weights.empty() && m_weights.empty())
        return; // a reset of untrained weights changes nothing
    m_weights = std::move(weights);
    m_weightsEpoch = epoch;
    std::erase_if(origins, [](const auto& entry) { return entry.second == WeightOrigin::Initial; });
    m_weightOrigins = m_weights.empty() ? std::map<QString, WeightOrigin>{} : std::move(origins);
    ++m_revision;
    Q_EMIT weightsChanged();
    setPartsModified(true); // the trained weights are not in the file yet
}

namespace {

// The weights file's metadata key that keeps where nodes' weights came from, for the
// nodes that were not trained: "conv1=imported,head=initial".
const QString kOriginsKey = QStringLiteral("weight_origins");

QString originsText(const std::map<std::string, Tensor>& weights, const std::map<QString, WeightOrigin>& origins)
{
    QStringList entries;
    QString last;
    for (const auto& entry : weights) {
        const QString id = nodeOfTensor(entry.first);
        if (id == last)
            continue;
        last = id;
        const auto it = origins.find(id);
        const WeightOrigin origin = it == origins.end() ? WeightOrigin::Initial : it->second;
        if (origin != WeightOrigin::Trained)
            entries << id + (origin == WeightOrigin::Imported ? QStringLiteral("=imported") : QStringLiteral("=initial"));
    }
    return entries.join(QLatin1Char(','));
}

} // namespace

void NetworkDocument::adoptWeights(std::map<std::string, Tensor> weights, const QMap<QString, QString>& metadata)
{
    m_weightOrigins = allTrained(weights);
    for (const QString& entry : metadata.value(kOriginsKey).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString id = entry.section(QLatin1Char('='), 0, 0);
        const QString origin = entry.section(QLatin1Char('='), 1);
        if (!m_weightOrigins.count(id))
            continue; // names no node of these weights: ignored, like any foreign metadata
        if (origin == QLatin1String("imported"))
            m_weightOrigins[id] = WeightOrigin::Imported;
        else if (origin == QLatin1String("initial"))
            m_weightOrigins.erase(id);
    }
    m_weights = std::move(weights);
    m_weightsEpoch = -1;
    ++m_revision;
    Q_EMIT weightsChanged();
}

Project NetworkDocument::project() const
{
    Project project = m_parts;
    project.graph = m_model.toJson();
    return project;
}

bool NetworkDocument::load(const QString& path, QString* error)
{
    const std::optional<Project> project = ProjectFile::read(path, error);
    if (!project)
        return false;
    return loadProject(*project, path, error);
}

bool NetworkDocument::loadProject(const Project& project, const QString& path, QString* error)
{
    QString problem;
    // fromJson() leaves the model unchanged on an error, so nothing needs rolling back.
    if (!m_model.fromJson(project.graph, &problem)) {
        if (error)
            *error = path.isEmpty() ? problem : path + QStringLiteral(": ") + problem;
        return false;
    }
    m_undoStack.clear(); // the old commands name nodes of the old graph
    m_parts = project;
    m_parts.graph = {};
    m_undoStack.setClean();
    m_partsModified = false;
    Q_EMIT projectPartsChanged();
    adoptWeights({}); // the old weights belong to the old network
    if (m_filePath != path) {
        m_filePath = path;
        Q_EMIT filePathChanged(path);
    }
    updateModified();
    return true;
}

SafetensorsContents NetworkDocument::weightsFile() const
{
    SafetensorsContents file { m_weights, {} };
    if (const QString origins = originsText(m_weights, m_weightOrigins); !origins.isEmpty())
        file.metadata.insert(kOriginsKey, origins);
    return file;
}

bool NetworkDocument::save(const QString& path, QString* error)
{
    Project project = this->project();
    // A relative weights path is relative to the old file; saving elsewhere must not break it.
    if (!m_filePath.isEmpty() && path != m_filePath)
        project.weights = m_parts.resolvedWeightsPath(m_filePath);
    if (m_weights.empty()) {
        if (!ProjectFile::write(path, project, error))
            return false;
        m_parts.weights = project.weights;
    } else {
        // With the weights beside it as one save: a kill at any instant leaves the
        // previous pair or this one (ProjectPairFile).
        if (!ProjectPairFile::write(path, project, weightsFile(), error))
            return false;
        m_parts.weights = QFileInfo(Project::defaultWeightsPath(path)).fileName();
        Q_EMIT projectPartsChanged();
    }
    m_undoStack.setClean();
    m_partsModified = false;
    if (m_filePath != path) {
        m_filePath = path;
        Q_EMIT filePathChanged(path);
    }
    updateModified();
    return true;
}

void NetworkDocument::setName(const QString& name)
{
    if (name == m_parts.name)
        return;
    m_parts.name = name;
    Q_EMIT projectPartsChanged();
    setPartsModified(true);
}

void NetworkDocument::setDescription(const QString& description)
{
    if (description == m_parts.description)
        return;
    m_parts.description = description;
    Q_EMIT projectPartsChanged();
    setPartsModified(true);
}

void NetworkDocument::setTrainingConfig(const TrainingConfig& config)
{
    if (config == m_parts.training)
        return;
    m_parts.training = config;
    Q_EMIT projectPartsChanged();
    setPartsModified(true);
}

void NetworkDocument::setDataset(const DatasetReference& dataset)
{
    if (dataset == m_parts.dataset)
        return;
    m_parts.dataset = dataset;
    Q_EMIT projectPartsChanged();
    setPartsModified(true);
}

void NetworkDocument::setWeightsPath(const QString& path)
{
    if (path == m_parts.weights)
        return;
    m_parts.weights = path;
    Q_EMIT projectPartsChanged();
    setPartsModified(true);
}

} // namespace nw
