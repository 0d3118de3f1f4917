#include "AddNodeCommand.h"

namespace nw {

AddNodeCommand::AddNodeCommand(
    NetworkGraphModel* model, QString type, QPointF pos, QVariantMap params, QString id, QUndoCommand* parent)
    : GraphEditCommand(model, parent)
    , m_type(std::move(type))
    , m_pos(pos)
    , m_params(std::move(params))
    , m_id(std::move(id))
{
    setText(tr("Add %1").arg(m_type));
}

void AddNodeCommand::perform(GraphEdit& edit)
{
    m_id = edit.addNode(m_type, m_pos, m_params, m_id);
}

} // namespace nw
