#include "SetParameterCommand.h"

#include "CommandIds.h"
#include "model/NetworkGraphModel.h"

namespace nw {

SetParameterCommand::SetParameterCommand(
    NetworkGraphModel* model, QString nodeId, QString name, QVariant value, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_nodeId(std::move(nodeId))
    , m_name(std::move(name))
    , m_value(std::move(value))
{
    setText(tr("Change %1 of %2").arg(m_name, m_nodeId));
}

void SetParameterCommand::redo()
{
    if (!m_performed) {
        m_performed = true;
        const NodeData* node = m_model->node(m_nodeId);
        if (!node) {
            setObsolete(true);
            return;
        }
        m_before = *node;
    }
    if (!m_model->setNodeParameter(m_nodeId, m_name, m_value))
        setObsolete(true);
}

void SetParameterCommand::undo()
{
    m_model->restoreNode(m_before);
}

int SetParameterCommand::id() const
{
    return int(CommandId::SetParameter);
}

bool SetParameterCommand::mergeWith(const QUndoCommand* other)
{
    const auto* edit = static_cast<const SetParameterCommand*>(other);
    if (edit->m_model != m_model || edit->m_nodeId != m_nodeId || edit->m_name != m_name || edit->isObsolete())
        return false;
    m_value = edit->m_value;
    const auto it = m_before.params.constFind(m_name);
    setObsolete(it != m_before.params.cend() && *it == m_value && it->metaType() == m_value.metaType());
    return true;
}

} // namespace nw
