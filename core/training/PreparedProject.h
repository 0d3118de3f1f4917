#pragma once
// A project file made ready to run: the document read, its graph compiled into an
// engine graph, its saved weights applied, and its dataset loaded, standardised
// (tabular data, with statistics from the training split) and split. The CLI and
// the GUI's training worker both start here, so a project behaves the same in
// both. Owned by its caller; its graph is its own, its data (PreparedData) is
// shared read-only with its twins and, through a PreparedDataCache, with every other
// project prepared from the same dataset and split settings.
#include "PreparedData.h"
#include "io/Project.h"
#include "io/SafetensorsFile.h"
#include "model/CompileResult.h"
#include "model/NetworkGraphModel.h"
#include "engine/WeightTransfer.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace nw {

class BatchSource;
class PreparedDataCache;

enum class DataPart { Train, Validation, Test };

class PreparedProject {
public:
    struct Options {
        QString dataSpec;         // overrides the project's dataset spec when not empty
        bool loadData = true;
        bool loadWeights = true;  // apply the project's weights file when it names one
        // Where the data comes from: the window's cache, shared by all its panels; null
        // reads it for this project alone (the CLI).
        PreparedDataCache* dataCache = nullptr;
    };

    // Reads and compiles the project. Returns null with `error` set when the file
    // cannot be read or parsed; a graph that does not compile is NOT an error
    // here (compiled() holds the messages) but data and weights are then skipped.
    static std::unique_ptr<PreparedProject> load(const QString& path, const Options& options, QString* error);
    // The same for a project already in memory (the GUI's snapshot of its document).
    // `path` is where the project is, or would be, stored: relative dataset and
    // weights paths resolve against its folder, and messages start with it. The
    // file itself is never read.
    static std::unique_ptr<PreparedProject> fromProject(
        Project project, const QString& path, const Options& options, QString* error);

    // Another PreparedProject over the same data (shared, never copied: it is
    // read-only once loaded) with its own graph, compiled from the same project and
    // holding the seed's initial weights. What evaluation runs on while training
    // writes this one's graph on another thread. Null when the graph did not compile.
    std::unique_ptr<PreparedProject> twin() const;

    const QString& path() const { return m_path; }
    QString directory() const;
    Project& project() { return m_project; }
    const Project& project() const { return m_project; }
    NetworkGraphModel& model() { return *m_model; }
    const CompileResult& compiled() const { return m_compiled; }
    bool isValid() const { return m_compiled.ok(); }
    Graph& graph() { return *m_compiled.graph; }

    // Transfer learning: the tensors a fresh run starts from instead of the seed's,
    // node by node (matchWeights: loaded nodes take them, the others are drawn from
    // the run's seed); the verdicts are returned and kept for startingWeights().
    // Needs a valid graph. ProjectTraining applies them at the start of run().
    WeightMatch setStartingWeights(
        const std::map<std::string, Tensor>& tensors, const std::map<std::string, std::string>& mapping = {});
    const std::optional<WeightMatch>& startingWeights() const { return m_startingWeights; }
    // Freezes these nodes for this run only (the project keeps its trainable flags):
    // their weights and biases are not trained. Recompiles the graph (the seed's
    // weights again; call it before setStartingWeights). False with `error` naming
    // the first id the network does not have.
    bool freeze(const QStringList& nodeIds, QString* error);

    bool hasWeights() const { return m_savedState.has_value(); }
    const SafetensorsContents& savedState() const { return *m_savedState; }

    bool hasData() const { return m_data != nullptr; }
    const Dataset& data() const { return *m_data->data; } // standardised when tabular
    const DatasetSplit& split() const { return m_data->split; }
    const FeatureScaler& scaler() const { return m_data->scaler; }
    // Text data: the vocabulary of the training split that encodes it; null otherwise.
    std::shared_ptr<const Vocabulary> vocabulary() const { return m_data ? m_data->vocabulary : nullptr; }
    // The whole prepared data, shared: what the cache and twins hand around.
    std::shared_ptr<const PreparedData> preparedData() const { return m_data; }
    // Standardised data only: the features as loaded, and which of them the scaler
    // standardises (one-hot columns stay as they are). Cross-validation refits the
    // scaler on each fold's training samples from these. Null otherwise.
    const Dataset* unscaledData() const { return m_data->unscaledData.get(); }
    const std::vector<bool>& scaledFeatures() const { return m_data->scaledFeatures; }
    // What loading did that the person should hear about (rows dropped, values imputed).
    const QStringList& dataNotes() const { return m_dataNotes; }
    // Samples per class in one part, in class order (classification only).
    std::vector<std::size_t> classBalance(DataPart part) const;
    // The samples of one part, as a source the trainer reads (a view, no copy).
    std::unique_ptr<BatchSource> source(DataPart part) const;
    std::size_t partSize(DataPart part) const;
    // The dataset a part's samples live in (the separate test set for Test when the
    // project names one) and their indices into it, in evaluation order: what the
    // analysis panels need to show the sample behind a number.
    const Dataset& partData(DataPart part) const;
    std::vector<std::size_t> partIndices(DataPart part) const;
    // partData() as a shared handle: it outlives this project (an evaluation result keeps it).
    std::shared_ptr<const Dataset> sharedPartData(DataPart part) const;

private:
    PreparedProject() = default;
    // Parses m_project's graph and compiles it; a compiled graph gets the seed's
    // initial weights. False only when the graph JSON cannot be read; compile
    // errors stay in compiled().
    bool buildGraph(QString* error);
    bool loadWeights(QString* error);
    bool loadData(const QString& spec, PreparedDataCache* cache, QString* error);

    QString m_path;
    Project m_project;
    std::unique_ptr<NetworkGraphModel> m_model;
    CompileResult m_compiled;
    std::optional<SafetensorsContents> m_savedState;
    std::optional<WeightMatch> m_startingWeights;
    // Read-only once loaded, so twins and other projects share it across threads.
    std::shared_ptr<const PreparedData> m_data;
    QStringList m_dataNotes;
};

QString dataPartName(DataPart part);
// What a project trained on `project`'s data stores as dataset.vocabulary: the
// vocabulary of its training split for text data, nothing otherwise.
std::optional<Vocabulary> storedVocabulary(const PreparedProject& project);
std::optional<DataPart> dataPartFromName(const QString& name);

} // namespace nw
