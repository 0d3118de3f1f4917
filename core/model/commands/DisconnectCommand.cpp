#include "DisconnectCommand.h"

namespace nw {

DisconnectCommand::DisconnectCommand(NetworkGraphModel* model, EdgeData edge, QUndoCommand* parent)
    : GraphEditCommand(model, parent)
    , m_edge(std::move(edge))
{
    setText(tr("Disconnect %1 from %2").arg(m_edge.from, m_edge.to));
}

void DisconnectCommand::perform(GraphEdit& edit)
{
    edit.removeEdge(m_edge);
}

} // namespace nw
