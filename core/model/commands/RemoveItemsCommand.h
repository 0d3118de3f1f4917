#pragma once
// Undo command: deletes a selection, i.e. the given nodes with every edge that
// touches them, plus the given edges (selected connections whose ends stay).
// Undo puts every node and edge back at its old place in the model's order and
// restores the output node if it was among them.
#include "GraphEditCommand.h"
#include "model/EdgeData.h"

#include <QStringList>
#include <QVector>

namespace nw {

class RemoveItemsCommand : public GraphEditCommand {
    Q_DECLARE_TR_FUNCTIONS(RemoveItemsCommand)

public:
    RemoveItemsCommand(
        NetworkGraphModel* model, QStringList nodeIds, QVector<EdgeData> edges = {}, QUndoCommand* parent = nullptr);

protected:
    void perform(GraphEdit& edit) override;

private:
    QStringList m_nodeIds;
    QVector<EdgeData> m_edges;
};

} // namespace nw
