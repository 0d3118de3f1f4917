#include "MoveNodesCommand.h"

#include "CommandIds.h"
#include "model/NetworkGraphModel.h"

namespace nw {

MoveNodesCommand::MoveNodesCommand(
    NetworkGraphModel* model, QHash<QString, QPointF> from, QHash<QString, QPointF> to, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_from(std::move(from))
    , m_to(std::move(to))
{
    setObsolete(m_from == m_to); // a click without a drag: nothing to undo
    setText(m_to.size() == 1 ? tr("Move %1").arg(m_to.cbegin().key()) : tr("Move %n node(s)", nullptr, m_to.size()));
}

void MoveNodesCommand::apply(const QHash<QString, QPointF>& positions)
{
    // In model order, so the signals come in a stable order whatever the hash order.
    for (const QString& id : m_model->nodeIds()) {
        const auto it = positions.constFind(id);
        if (it != positions.cend())
            m_model->setNodePosition(id, *it);
    }
}

void MoveNodesCommand::redo()
{
    apply(m_to);
}

void MoveNodesCommand::undo()
{
    apply(m_from);
}

int MoveNodesCommand::id() const
{
    return int(CommandId::MoveNodes);
}

bool MoveNodesCommand::mergeWith(const QUndoCommand* other)
{
    const auto* move = static_cast<const MoveNodesCommand*>(other);
    if (move->m_model != m_model || move->m_to.size() != m_to.size())
        return false;
    for (auto it = m_to.cbegin(); it != m_to.cend(); ++it)
        if (!move->m_to.contains(it.key()))
            return false;
    m_to = move->m_to;
    setObsolete(m_to == m_from);
    return true;
}

} // namespace nw
