#pragma once
// The primitive changes one undo command made to a NetworkGraphModel, recorded
// as they are made so they can be reverted and replayed exactly. Each step keeps
// what it needs to be inverted on its own (a removed node with its place in the
// insertion order, a removed edge with its index, the output before and after),
// so undo() walks the steps backwards and the model ends byte for byte where it
// started, with fine-grained signals instead of a model reset.
//
// Why steps rather than a whole-model JSON snapshot: a snapshot would restore by
// fromJson(), whose modelReset makes the scene rebuild every item on each undo.
// The values kept are the model's own NodeData/EdgeData, which compare exactly.
//
// Owned by the command that records it. Replay assumes the model is in the state
// the steps were recorded in, which QUndoStack guarantees.
#include "model/EdgeData.h"
#include "model/NodeData.h"

#include <QVector>

namespace nw {

class NetworkGraphModel;

class GraphEdit {
public:
    explicit GraphEdit(NetworkGraphModel* model)
        : m_model(model)
    {
    }

    NetworkGraphModel* model() const { return m_model; }
    bool isEmpty() const { return m_steps.isEmpty(); }

    // Each applies the change now and records it; false (nothing recorded) when the
    // model refuses it.
    QString addNode(const QString& type, QPointF position, const QVariantMap& params, const QString& id);
    bool appendNode(const NodeData& node); // as stored, lenient (paste, blocks)
    // Removes the node's edges one by one, clears the output if it is the node, then
    // removes the node.
    bool removeNode(const QString& id);
    bool addEdge(const EdgeData& edge); // strict: NetworkGraphModel::canConnect()
    bool appendEdge(const EdgeData& edge); // as stored, lenient (paste, blocks)
    bool removeEdge(const EdgeData& edge);
    bool setOutputNode(const QString& id);
    bool setPosition(const QString& id, QPointF position);

    void undo();
    void redo();

private:
    enum class Kind { InsertNode, RemoveNode, InsertEdge, RemoveEdge, SetOutput, SetPosition };
    struct Step {
        Kind kind;
        qsizetype index = -1;
        NodeData node; // InsertNode/RemoveNode: the node; SetPosition: id
        EdgeData edge;
        QString before; // SetOutput
        QString after;
        QPointF from; // SetPosition
        QPointF to;
    };

    void apply(const Step& step, bool forward);

    NetworkGraphModel* m_model;
    QVector<Step> m_steps;
};

} // namespace nw
