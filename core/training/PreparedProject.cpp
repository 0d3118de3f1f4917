#include "PreparedProject.h"

#include "compress/Int8Model.h"
#include "io/Int8Weights.h"

#include "PreparedDataCache.h"

#include "data/DataError.h"
#include "data/DataSpec.h"
#include "engine/EngineError.h"
#include "engine/SubsetBatchSource.h"
#include "io/GraphWeights.h"
#include "io/ProjectFile.h"
#include "model/GraphCompiler.h"

#include <QDir>
#include <QFileInfo>

namespace nw {

namespace {

// A source over a whole dataset (the separate test set) with the same interface
// as a split view.
std::vector<std::size_t> allIndices(std::size_t n)
{
    std::vector<std::size_t> v(n);
    for (std::size_t i = 0; i < n; ++i)
        v[i] = i;
    return v;
}

} // namespace

QString dataPartName(DataPart part)
{
    switch (part) {
    case DataPart::Train: return QStringLiteral("train");
    case DataPart::Validation: return QStringLiteral("validation");
    case DataPart::Test: return QStringLiteral("test");
    }
    return {};
}

std::optional<Vocabulary> storedVocabulary(const PreparedProject& project)
{
    if (const auto vocabulary = project.vocabulary(); vocabulary && vocabulary->hasSpecialTokens())
        return *vocabulary;
    return std::nullopt;
}

std::optional<DataPart> dataPartFromName(const QString& name)
{
    for (DataPart p : {DataPart::Train, DataPart::Validation, DataPart::Test})
        if (dataPartName(p) == name)
            return p;
    return std::nullopt;
}

QString PreparedProject::directory() const
{
    return QFileInfo(m_path).absolutePath();
}

std::unique_ptr<PreparedProject> PreparedProject::load(const QString& path, const Options& options, QString* error)
{
    auto project = ProjectFile::read(path, error);
    if (!project)
        return nullptr;
    return fromProject(std::move(*project), path, options, error);
}

std::unique_ptr<PreparedProject> PreparedProject::fromProject(
    Project project, const QString& path, const Options& options, QString* error)
{
    std::unique_ptr<PreparedProject> p(new PreparedProject);
    p->m_path = path;
    p->m_project = std::move(project);
    QString graphError;
    if (!p->buildGraph(&graphError)) {
        *error = path + QStringLiteral(": ") + graphError;
        return nullptr;
    }
    if (!p->isValid())
        return p;
    if (options.loadWeights && !p->loadWeights(error))
        return nullptr;
    if (options.loadData) {
        const QString spec = options.dataSpec.isEmpty() ? p->m_project.dataset.spec : options.dataSpec;
        if (!p->loadData(spec, options.dataCache, error))
            return nullptr;
    }
    return p;
}

std::unique_ptr<PreparedProject> PreparedProject::twin() const
{
    if (!isValid())
        return nullptr;
    std::unique_ptr<PreparedProject> p(new PreparedProject);
    p->m_path = m_path;
    p->m_project = m_project;
    QString graphError;
    if (!p->buildGraph(&graphError) || !p->isValid())
        return nullptr;
    p->m_data = m_data;
    p->m_dataNotes = m_dataNotes;
    return p;
}

bool PreparedProject::buildGraph(QString* error)
{
    m_model = std::make_unique<NetworkGraphModel>();
    if (!m_model->fromJson(m_project.graph, error))
        return false;
    m_compiled = GraphCompiler().compile(*m_model);
    if (m_compiled.ok())
        graph().initialize(m_project.training.seed);
    return true;
}

WeightMatch PreparedProject::setStartingWeights(
    const std::map<std::string, Tensor>& tensors, const std::map<std::string, std::string>& mapping)
{
    if (!isValid())
        throw EngineError("the network has errors: " + m_compiled.summary().toStdString());
    WeightMatch match = matchWeights(graph(), tensors, mapping);
    applyMatchedWeights(graph(), match);
    m_startingWeights = match;
    return match;
}

bool PreparedProject::freeze(const QStringList& nodeIds, QString* error)
{
    if (!isValid()) {
        *error = m_path + QStringLiteral(": the network has errors: ") + m_compiled.summary();
        return false;
    }
    for (const QString& id : nodeIds) {
        const NodeData* node = m_model->node(id);
        if (!node) {
            QStringList ids;
            for (const std::string& known : graph().nodeIds())
                ids << QString::fromStdString(known);
            *error = m_path + QStringLiteral(": cannot freeze '%1': the network has no such node (nodes: %2)")
                                  .arg(id, ids.join(QStringLiteral(", ")));
            return false;
        }
    }
    for (const QString& id : nodeIds)
        m_model->setNodeTrainable(id, false);
    m_compiled = GraphCompiler().compile(*m_model);
    if (m_compiled.ok())
        graph().initialize(m_project.training.seed);
    return true;
}

bool PreparedProject::loadWeights(QString* error)
{
    const QString weightsPath = m_project.resolvedWeightsPath(m_path);
    if (weightsPath.isEmpty())
        return true;
    if (!QFileInfo::exists(weightsPath)) {
        *error = m_path + QStringLiteral(": the weights file ") + weightsPath
            + QStringLiteral(" does not exist (train the project first, or clear \"weights\")");
        return false;
    }
    // "<project>: weights: <weights file>: <problem>", like "<project>: dataset: ...".
    QString readError;
    auto contents = SafetensorsFile::read(weightsPath, &readError);
    if (!contents) {
        *error = m_path + QStringLiteral(": weights: ") + readError;
        return false;
    }
    // An int8 model (netwright-cli compress --quantize int8): its weights as q * s and
    // the calibrated input scales, so it predicts as it was measured.
    QString int8Error;
    const std::optional<Int8Model> int8 = dequantizeInt8Weights(*contents, &int8Error);
    if (!int8Error.isEmpty()) {
        *error = m_path + QStringLiteral(": weights: ") + weightsPath + QStringLiteral(": ") + int8Error;
        return false;
    }
    QString applyError;
    if (!applyWeights(graph(), contents->tensors, &applyError)) {
        // Also what an older Netwright left when it was killed between writing the new
        // weights and the project: say what can still be done with the project.
        *error = m_path + QStringLiteral(": weights: ") + weightsPath + QStringLiteral(": ") + applyError
            + QStringLiteral("; the weights belong to a different network (or an interrupted save of an older "
                             "Netwright): the network itself is intact, train it again to make weights that fit");
        return false;
    }
    if (int8) {
        try {
            applyInt8Model(graph(), *int8);
        } catch (const EngineError& e) {
            *error = m_path + QStringLiteral(": weights: ") + weightsPath + QStringLiteral(": ")
                + QString::fromStdString(e.what());
            return false;
        }
    }
    m_savedState = std::move(*contents);
    return true;
}

bool PreparedProject::loadData(const QString& specText, PreparedDataCache* cache, QString* error)
{
    if (specText.isEmpty()) {
        *error = m_path + QStringLiteral(": the project names no dataset: set dataset.spec or pass --data");
        return false;
    }
    try {
        const DataSpec spec = parseDataSpec(specText.toStdString());
        PreparedDataCache ownCache(1);
        std::shared_ptr<const PreparedData> prepared
            = (cache ? cache : &ownCache)->prepared(spec, m_project.dataset, directory().toStdString());
        const Dataset& data = *prepared->data;
        const Shape expected = graph().inputShape();
        if (data.sampleShape() != expected)
            throw DataError("the data has samples of " + shapeToString(data.sampleShape()) + " but the input node '"
                            + graph().inputIds().front() + "' expects " + shapeToString(expected)
                            + ": change the Input shape or add a Reshape");
        const Shape output = graph().outputShape();
        const QString loss = m_project.training.loss;
        if (data.hasPositionLabels() && loss == QLatin1String("cross_entropy")
            && (output.size() != 2 || output[0] != data.positionCount() || output[1] < data.classCount()))
            throw DataError("the data has " + std::to_string(data.classCount()) + " classes at each of "
                            + std::to_string(data.positionCount()) + " positions but the network's output '"
                            + graph().outputId() + "' gives " + shapeToString(output) + " values per sample: it needs ["
                            + std::to_string(data.positionCount()) + ", " + std::to_string(data.classCount())
                            + "] (a recurrent layer with return_sequences, then a Dense layer of "
                            + std::to_string(data.classCount()) + " units)");
        if (data.isReconstruction() && output != data.sampleShape())
            throw DataError("the data is its own target (task=reconstruction) but the network's output '"
                            + graph().outputId() + "' gives " + shapeToString(output) + " values per sample: it must give "
                            + shapeToString(data.sampleShape()) + ", the input's shape (end the decoder with a layer of "
                            + "that shape)");
        if (data.task() == TaskKind::Classification && !data.hasPositionLabels() && loss == QLatin1String("cross_entropy")
            && (output.size() != 1 || output[0] < data.classCount()))
            throw DataError("the data has " + std::to_string(data.classCount()) + " classes but the network's output '"
                            + graph().outputId() + "' gives " + shapeToString(output)
                            + " values per sample: make the last Dense layer " + std::to_string(data.classCount())
                            + " units");
        for (const std::string& note : prepared->notes)
            m_dataNotes << QString::fromStdString(note);
        m_data = std::move(prepared);
    } catch (const std::exception& e) {
        *error = m_path + QStringLiteral(": dataset: ") + QString::fromStdString(e.what());
        return false;
    }
    return true;
}

std::unique_ptr<BatchSource> PreparedProject::source(DataPart part) const
{
    if (!m_data)
        throw EngineError("the project has no data loaded");
    const Dataset& data = *m_data->data;
    switch (part) {
    case DataPart::Train: return std::make_unique<SubsetBatchSource>(data, m_data->split.train);
    case DataPart::Validation: return std::make_unique<SubsetBatchSource>(data, m_data->split.validation);
    case DataPart::Test:
        if (m_data->testData)
            return std::make_unique<SubsetBatchSource>(*m_data->testData, allIndices(m_data->testData->size()));
        return std::make_unique<SubsetBatchSource>(data, m_data->split.test);
    }
    return nullptr;
}

std::vector<std::size_t> PreparedProject::classBalance(DataPart part) const
{
    if (!m_data || m_data->data->task() != TaskKind::Classification)
        return {};
    if (part == DataPart::Test && m_data->testData)
        return m_data->testData->classCounts();
    const DatasetSplit& split = m_data->split;
    const auto& indices = part == DataPart::Train ? split.train
                                                  : (part == DataPart::Validation ? split.validation : split.test);
    return m_data->data->classCounts(indices);
}

std::size_t PreparedProject::partSize(DataPart part) const
{
    if (!m_data)
        return 0;
    const DatasetSplit& split = m_data->split;
    switch (part) {
    case DataPart::Train: return split.train.size();
    case DataPart::Validation: return split.validation.size();
    case DataPart::Test: return m_data->testData ? m_data->testData->size() : split.test.size();
    }
    return 0;
}

const Dataset& PreparedProject::partData(DataPart part) const
{
    if (!m_data)
        throw EngineError("the project has no data loaded");
    return part == DataPart::Test && m_data->testData ? *m_data->testData : *m_data->data;
}

std::shared_ptr<const Dataset> PreparedProject::sharedPartData(DataPart part) const
{
    partData(part); // throws without data
    return part == DataPart::Test && m_data->testData ? m_data->testData : m_data->data;
}

std::vector<std::size_t> PreparedProject::partIndices(DataPart part) const
{
    if (!m_data)
        return {};
    const DatasetSplit& split = m_data->split;
    switch (part) {
    case DataPart::Train: return split.train;
    case DataPart::Validation: return split.validation;
    case DataPart::Test: return m_data->testData ? allIndices(m_data->testData->size()) : split.test;
    }
    return {};
}

} // namespace nw
