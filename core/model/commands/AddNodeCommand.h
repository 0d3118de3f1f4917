#pragma once
// Undo command: adds one node of a registry type (palette drop, double click).
// The id is chosen on the first redo (or is the one given) and kept, so a redo
// after undo brings back the same node and anything later on the stack that
// names it still finds it. An unknown type or a taken id adds nothing and the
// stack drops the command.
#include "GraphEditCommand.h"

#include <QPointF>
#include <QVariantMap>

namespace nw {

class AddNodeCommand : public GraphEditCommand {
    Q_DECLARE_TR_FUNCTIONS(AddNodeCommand)

public:
    AddNodeCommand(NetworkGraphModel* model, QString type, QPointF pos, QVariantMap params = {}, QString id = {},
        QUndoCommand* parent = nullptr);

    // The new node's id; empty before the first redo() or when nothing was added.
    QString nodeId() const { return m_id; }

protected:
    void perform(GraphEdit& edit) override;

private:
    QString m_type;
    QPointF m_pos;
    QVariantMap m_params;
    QString m_id;
};

} // namespace nw
