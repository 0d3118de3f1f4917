#pragma once
// Undo command: sets one parameter of one node (an inspector edit). Consecutive
// edits of the same parameter of the same node merge into one undo step, so
// typing "128" into a spin box is undone at once, not digit by digit; an edit
// that ends at the old value makes the command obsolete.
//
// Undo restores the node as it was before the first edit (NetworkGraphModel::
// restoreNode), which also removes a parameter the edit introduced on a node of
// an unknown type.
#include "model/NodeData.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVariant>

namespace nw {

class NetworkGraphModel;

class SetParameterCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetParameterCommand)

public:
    SetParameterCommand(
        NetworkGraphModel* model, QString nodeId, QString name, QVariant value, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    NetworkGraphModel* m_model;
    QString m_nodeId;
    QString m_name;
    QVariant m_value;
    NodeData m_before; // taken on the first redo
    bool m_performed = false;
};

} // namespace nw
