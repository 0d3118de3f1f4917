#pragma once
// Undo command: sets whether a node's weights train and its L1/L2 penalties (the
// inspector's training section). Consecutive edits of the same node merge, like
// parameter edits, so typing a penalty is one undo step. Negative penalties are
// refused by the model and the stack drops the command.
#include "model/NodeData.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace nw {

class NetworkGraphModel;

class SetNodeFlagsCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetNodeFlagsCommand)

public:
    SetNodeFlagsCommand(
        NetworkGraphModel* model, QString id, bool trainable, double l1, double l2, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    NetworkGraphModel* m_model;
    QString m_nodeId;
    bool m_trainable;
    double m_l1;
    double m_l2;
    NodeData m_before; // taken on the first redo
    bool m_performed = false;
};

} // namespace nw
