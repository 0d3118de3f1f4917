#include "InsertBlockCommand.h"

#include "model/Blocks.h"
#include "model/GraphCompiler.h"
#include "model/GraphFragment.h"
#include "model/NetworkGraphModel.h"

namespace nw {

InsertBlockCommand::InsertBlockCommand(
    NetworkGraphModel* model, QString blockName, QPointF pos, QString connectAfterNodeId, QUndoCommand* parent)
    : GraphEditCommand(model, parent)
    , m_blockName(std::move(blockName))
    , m_pos(pos)
    , m_after(std::move(connectAfterNodeId))
{
    setText(tr("Insert %1").arg(QCoreApplication::translate("Blocks", m_blockName.toUtf8().constData())));
}

int InsertBlockCommand::widthAfter() const
{
    if (m_after.isEmpty() || !model()->hasNode(m_after))
        return 0;
    const NodeStatus status = GraphCompiler(model()->registry()).compile(*model()).nodes.value(m_after);
    if (!status.shapeKnown)
        return 0;
    // An image's channels, or a sequence's features (what Blocks::json calls its width).
    if (status.outputShape.size() == 3)
        return status.outputShape[0];
    if (status.outputShape.size() == 2)
        return status.outputShape[1];
    return 0;
}

void InsertBlockCommand::perform(GraphEdit& edit)
{
    GraphFragment block;
    if (!GraphFragment::fromJson(Blocks::json(m_blockName, widthAfter()), &block) || block.nodes.isEmpty())
        return;
    const QHash<QString, QString> ids = block.pasteInto(edit, m_pos - block.nodes.first().position);
    for (const NodeData& node : std::as_const(block.nodes))
        m_insertedIds << ids.value(node.id);
    m_outputId = ids.value(block.output);
    if (m_after.isEmpty() || !model()->hasNode(m_after))
        return;

    const QVector<EdgeData> consumers = model()->edgesFrom(m_after);
    for (const EdgeData& edge : consumers)
        edit.removeEdge(edge);
    for (const EdgeData& input : std::as_const(block.inputs))
        edit.addEdge({ m_after, ids.value(input.to), input.port });
    for (const EdgeData& edge : consumers)
        edit.appendEdge({ m_outputId, edge.to, edge.port });
    if (model()->outputNode() == m_after)
        edit.setOutputNode(m_outputId);
}

} // namespace nw
