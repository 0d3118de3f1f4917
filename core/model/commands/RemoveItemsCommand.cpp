#include "RemoveItemsCommand.h"

namespace nw {

RemoveItemsCommand::RemoveItemsCommand(
    NetworkGraphModel* model, QStringList nodeIds, QVector<EdgeData> edges, QUndoCommand* parent)
    : GraphEditCommand(model, parent)
    , m_nodeIds(std::move(nodeIds))
    , m_edges(std::move(edges))
{
    if (m_nodeIds.isEmpty())
        setText(m_edges.size() == 1 ? tr("Delete connection") : tr("Delete %n connection(s)", nullptr, m_edges.size()));
    else
        setText(m_nodeIds.size() == 1 ? tr("Delete %1").arg(m_nodeIds.first())
                                      : tr("Delete %n node(s)", nullptr, m_nodeIds.size()));
}

void RemoveItemsCommand::perform(GraphEdit& edit)
{
    // Missing items are skipped: a selection may name an edge that also goes with a node.
    for (const EdgeData& edge : std::as_const(m_edges))
        edit.removeEdge(edge);
    for (const QString& id : std::as_const(m_nodeIds))
        edit.removeNode(id);
}

} // namespace nw
