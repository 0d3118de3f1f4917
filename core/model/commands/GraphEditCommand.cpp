#include "GraphEditCommand.h"

namespace nw {

GraphEditCommand::GraphEditCommand(NetworkGraphModel* model, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_edit(model)
{
}

void GraphEditCommand::redo()
{
    if (m_performed) {
        m_edit.redo();
        return;
    }
    m_performed = true;
    perform(m_edit);
    if (m_edit.isEmpty())
        setObsolete(true);
}

void GraphEditCommand::undo()
{
    m_edit.undo();
}

} // namespace nw
