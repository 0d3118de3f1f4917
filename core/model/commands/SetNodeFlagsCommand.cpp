#include "SetNodeFlagsCommand.h"

#include "CommandIds.h"
#include "model/NetworkGraphModel.h"

namespace nw {

SetNodeFlagsCommand::SetNodeFlagsCommand(
    NetworkGraphModel* model, QString id, bool trainable, double l1, double l2, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_nodeId(std::move(id))
    , m_trainable(trainable)
    , m_l1(l1)
    , m_l2(l2)
{
    setText(tr("Change training settings of %1").arg(m_nodeId));
}

void SetNodeFlagsCommand::redo()
{
    if (!m_performed) {
        m_performed = true;
        const NodeData* node = m_model->node(m_nodeId);
        if (!node || !(m_l1 >= 0) || !(m_l2 >= 0)) {
            setObsolete(true);
            return;
        }
        m_before = *node;
    }
    m_model->setNodeTrainable(m_nodeId, m_trainable);
    m_model->setNodePenalties(m_nodeId, m_l1, m_l2);
}

void SetNodeFlagsCommand::undo()
{
    m_model->restoreNode(m_before);
}

int SetNodeFlagsCommand::id() const
{
    return int(CommandId::SetNodeFlags);
}

bool SetNodeFlagsCommand::mergeWith(const QUndoCommand* other)
{
    const auto* edit = static_cast<const SetNodeFlagsCommand*>(other);
    if (edit->m_model != m_model || edit->m_nodeId != m_nodeId || edit->isObsolete())
        return false;
    m_trainable = edit->m_trainable;
    m_l1 = edit->m_l1;
    m_l2 = edit->m_l2;
    setObsolete(m_before.trainable == m_trainable && m_before.l1 == m_l1 && m_before.l2 == m_l2);
    return true;
}

} // namespace nw
