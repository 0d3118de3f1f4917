#include "ConnectCommand.h"

namespace nw {

ConnectCommand::ConnectCommand(NetworkGraphModel* model, EdgeData edge, QUndoCommand* parent)
    : GraphEditCommand(model, parent)
    , m_edge(std::move(edge))
{
    setText(tr("Connect %1 to %2").arg(m_edge.from, m_edge.to));
}

void ConnectCommand::perform(GraphEdit& edit)
{
    edit.addEdge(m_edge);
}

} // namespace nw
