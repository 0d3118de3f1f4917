#pragma once
// Undo command: inserts one of the Blocks at `pos` (its first node lands there)
// as one undo step. With `connectAfterNodeId` the block is spliced in after that
// node: the node feeds the block's inputs, the node's former consumers are fed
// by the block's output instead, and if the node was the network's output the
// block's output becomes it. A residual block takes the channel count of that
// node's output (as the compiler infers it), so its Add sees matching shapes.
// An unknown block name inserts nothing and the stack drops the command.
#include "GraphEditCommand.h"

#include <QPointF>
#include <QStringList>

namespace nw {

class InsertBlockCommand : public GraphEditCommand {
    Q_DECLARE_TR_FUNCTIONS(InsertBlockCommand)

public:
    InsertBlockCommand(NetworkGraphModel* model, QString blockName, QPointF pos, QString connectAfterNodeId = {},
        QUndoCommand* parent = nullptr);

    // The block's new node ids in block order; empty before the first redo().
    QStringList insertedIds() const { return m_insertedIds; }
    // The id of the block's output node; empty before the first redo().
    QString outputId() const { return m_outputId; }

protected:
    void perform(GraphEdit& edit) override;

private:
    // The width (channels or sequence features) of what the block goes after, or 0.
    int widthAfter() const;

    QString m_blockName;
    QPointF m_pos;
    QString m_after;
    QStringList m_insertedIds;
    QString m_outputId;
};

} // namespace nw
