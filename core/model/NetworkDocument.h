#pragma once
// One open project as the editor sees it: the NetworkGraphModel, the QUndoStack
// every edit goes through, the project's other parts (name, description, training
// settings, dataset reference, weights path: io's Project minus its graph) and the
// file it lives in. Widgets push commands here (push()); the model announces the
// changes; the window title follows modifiedChanged() and filePathChanged().
//
// Modified means "differs from the file": the undo stack's clean state (set on
// save and load, so undoing back to the saved point is unmodified again), or a
// change to the non-graph parts or the weights since then, which are not undoable.
//
// The document owns the trained weights too, with the epoch they belong to: training
// hands them over at the end of a run, the evaluation panels and exports read them,
// and saving writes them beside the project.
//
// The document also owns the network's live compile result: after every change to
// the graph it runs GraphCompiler again (coalesced to once per event-loop turn) and
// emits compiled(); the editor's cards and edges, the Problems panel, the inspector,
// the decision boundary and the exports all read that one result.
//
// Lives in the GUI thread, one per window; needs no QApplication (QUndoStack is a
// plain QObject), so it also runs in tests and headless tools. Training takes a
// snapshot via project(), never the live model.
#include "CompileResult.h"
#include "engine/Tensor.h"
#include "io/Project.h"
#include "io/SafetensorsFile.h"
#include "NetworkGraphModel.h"
#include "WeightOrigin.h"

#include <QMap>
#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include <map>
#include <string>

namespace nw {

class NetworkDocument : public QObject {
    Q_OBJECT

public:
    explicit NetworkDocument(QObject* parent = nullptr);
    ~NetworkDocument() override;

    NetworkGraphModel* model() { return &m_model; }
    const NetworkGraphModel* model() const { return &m_model; }
    QUndoStack* undoStack() { return &m_undoStack; }
    // Pushes `command` on the undo stack, which takes ownership and calls redo().
    void push(QUndoCommand* command);

    // Replaces everything with the project in `path` and clears the undo history.
    // On an error ("<path>: graph.nodes[2].type: ...") the document is unchanged.
    bool load(const QString& path, QString* error);
    // The same for a project already read: the document then lives at `path`, which
    // may be empty (an untitled copy of an example, a restored autosave).
    bool loadProject(const Project& project, const QString& path, QString* error);
    // Writes atomically (QSaveFile); on success the document is clean and lives at `path`.
    // With weights, they go beside it as <name>.safetensors, the two files as one save
    // (ProjectPairFile: a kill at any instant leaves the previous pair or the new one).
    bool save(const QString& path, QString* error);
    QString filePath() const { return m_filePath; }

    bool isModified() const;
    // Marks the document as differing from its file for a change the undo stack does
    // not hold (a restored autosave); cleared by the next load or save.
    void markModified() { setPartsModified(true); }
    // Counts every change (graph, other parts, weights), undo included: autosave
    // compares it with the revision it wrote last.
    quint64 revision() const { return m_revision; }

    // The trained weights by tensor name ("fc1.weight", PyTorch layouts); empty when the
    // network has none of its own yet, so the seed's initial weights apply. Loading a
    // project clears them (the file workflow then adopts its weights file).
    const std::map<std::string, Tensor>& weights() const { return m_weights; }
    // The epoch of the run they came from (0-based, its last finished one), or -1 when
    // they came from a file, an autosave, or a reset.
    int weightsEpoch() const { return m_weightsEpoch; }
    // Weights from training or a reset: the document now differs from its file.
    // Every node with tensors in `weights` counts as trained.
    void setWeights(std::map<std::string, Tensor> weights, int epoch);
    // The same with where each node's weights came from (nodes left out: Initial).
    void setWeights(std::map<std::string, Tensor> weights, int epoch, std::map<QString, WeightOrigin> origins);
    // Weights that belong to what was just loaded (its weights file, an autosave): no change.
    // Their origins come from the file's "weight_origins" metadata (what save() writes);
    // nodes it does not name count as trained.
    void adoptWeights(std::map<std::string, Tensor> weights, const QMap<QString, QString>& metadata = {});
    // Where a node's weights came from: Initial when the document has none for it
    // (the seed's draw applies), Imported or Trained otherwise.
    WeightOrigin weightOrigin(const QString& nodeId) const;
    const std::map<QString, WeightOrigin>& weightOrigins() const { return m_weightOrigins; }
    // The weights as a file keeps them: the tensors and, in the metadata, where the
    // nodes' weights came from (what adoptWeights() reads back). save() and autosave
    // write this.
    SafetensorsContents weightsFile() const;

    // The whole project, graph included: what save() writes and training compiles.
    Project project() const;

    // The latest compile of the graph: shapes, parameter counts and messages per node
    // id. A change schedules a new compile for the next event-loop turn; compileNow()
    // runs a pending one at once (before an export, in tests and headless tools).
    const CompileResult& compileResult() const { return m_compiled; }
    void compileNow();

    QString name() const { return m_parts.name; }
    void setName(const QString& name);
    QString description() const { return m_parts.description; }
    void setDescription(const QString& description);
    const TrainingConfig& trainingConfig() const { return m_parts.training; }
    void setTrainingConfig(const TrainingConfig& config);
    const DatasetReference& dataset() const { return m_parts.dataset; }
    void setDataset(const DatasetReference& dataset);
    // As stored in the file: relative to it, or absolute; see Project::weights.
    QString weightsPath() const { return m_parts.weights; }
    void setWeightsPath(const QString& path);

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);
    // Name, description, training settings, dataset or weights path changed.
    void projectPartsChanged();
    // weights() or weightsEpoch() changed.
    void weightsChanged();
    // A compile finished; `result` is compileResult().
    void compiled(const nw::CompileResult& result);
    void totalParametersChanged(qint64 parameters);

private:
    void setPartsModified(bool modified);
    void updateModified();
    void scheduleCompile();
    void compile();

    // Declared before the stack, so the stack and its commands, which point at the
    // model, are destroyed first.
    NetworkGraphModel m_model;
    QUndoStack m_undoStack;
    Project m_parts; // its graph is unused: the model is the graph
    QString m_filePath;
    bool m_partsModified = false;
    bool m_modified = false; // last value announced by modifiedChanged()
    CompileResult m_compiled;
    QTimer m_compileTimer; // zero-interval, single-shot: one compile per burst of edits
    bool m_compilePending = false;
    std::map<std::string, Tensor> m_weights;
    std::map<QString, WeightOrigin> m_weightOrigins; // nodes not listed: Initial
    int m_weightsEpoch = -1;
    quint64 m_revision = 0;
};

} // namespace nw
