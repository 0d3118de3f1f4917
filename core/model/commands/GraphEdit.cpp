#include "GraphEdit.h"

#include "model/NetworkGraphModel.h"

namespace nw {

QString GraphEdit::addNode(const QString& type, QPointF position, const QVariantMap& params, const QString& id)
{
    const QString added = m_model->addNode(type, position, params, id);
    if (!added.isEmpty())
        m_steps.append({ Kind::InsertNode, m_model->indexOfNode(added), *m_model->node(added) });
    return added;
}

bool GraphEdit::appendNode(const NodeData& node)
{
    const qsizetype index = m_model->nodes().size();
    if (!m_model->insertNode(index, node))
        return false;
    m_steps.append({ Kind::InsertNode, index, node });
    return true;
}

bool GraphEdit::removeNode(const QString& id)
{
    if (!m_model->hasNode(id))
        return false;
    // Last to first, so each recorded index is valid at the moment it is undone.
    const QVector<EdgeData> edges = m_model->edges();
    for (qsizetype i = edges.size() - 1; i >= 0; --i)
        if (edges[i].from == id || edges[i].to == id)
            removeEdge(edges[i]);
    if (m_model->outputNode() == id)
        setOutputNode({});
    const qsizetype index = m_model->indexOfNode(id);
    const NodeData node = *m_model->node(id);
    m_model->removeNode(id);
    m_steps.append({ Kind::RemoveNode, index, node });
    return true;
}

bool GraphEdit::addEdge(const EdgeData& edge)
{
    if (!m_model->addEdge(edge))
        return false;
    m_steps.append({ Kind::InsertEdge, m_model->edges().size() - 1, {}, edge });
    return true;
}

bool GraphEdit::appendEdge(const EdgeData& edge)
{
    const qsizetype index = m_model->edges().size();
    if (!m_model->insertEdge(index, edge))
        return false;
    m_steps.append({ Kind::InsertEdge, index, {}, edge });
    return true;
}

bool GraphEdit::removeEdge(const EdgeData& edge)
{
    const qsizetype index = m_model->indexOfEdge(edge);
    if (index < 0)
        return false;
    m_model->removeEdge(edge);
    m_steps.append({ Kind::RemoveEdge, index, {}, edge });
    return true;
}

bool GraphEdit::setOutputNode(const QString& id)
{
    const QString before = m_model->outputNode();
    if (before == id)
        return true;
    if (!m_model->setOutputNode(id))
        return false;
    m_steps.append({ Kind::SetOutput, -1, {}, {}, before, id });
    return true;
}

bool GraphEdit::setPosition(const QString& id, QPointF position)
{
    const NodeData* node = m_model->node(id);
    if (!node)
        return false;
    if (node->position == position)
        return true;
    Step step { Kind::SetPosition };
    step.node.id = id;
    step.from = node->position;
    step.to = position;
    m_model->setNodePosition(id, position);
    m_steps.append(step);
    return true;
}

void GraphEdit::apply(const Step& step, bool forward)
{
    const bool inserting = (step.kind == Kind::InsertNode || step.kind == Kind::InsertEdge) == forward;
    switch (step.kind) {
    case Kind::InsertNode:
    case Kind::RemoveNode:
        if (inserting)
            m_model->insertNode(step.index, step.node);
        else
            m_model->removeNode(step.node.id); // its edges went in earlier steps
        break;
    case Kind::InsertEdge:
    case Kind::RemoveEdge:
        if (inserting)
            m_model->insertEdge(step.index, step.edge);
        else
            m_model->removeEdge(step.edge);
        break;
    case Kind::SetOutput:
        m_model->setOutputNode(forward ? step.after : step.before);
        break;
    case Kind::SetPosition:
        m_model->setNodePosition(step.node.id, forward ? step.to : step.from);
        break;
    }
}

void GraphEdit::undo()
{
    for (qsizetype i = m_steps.size() - 1; i >= 0; --i)
        apply(m_steps[i], false);
}

void GraphEdit::redo()
{
    for (const Step& step : m_steps)
        apply(step, true);
}

} // namespace nw
