#include "GraphEdits.h"

#include "model/LayerRegistry.h"
#include "model/NetworkGraphModel.h"
#include "model/commands/AddNodeCommand.h"
#include "model/commands/AutoLayoutCommand.h"
#include "model/commands/ConnectCommand.h"
#include "model/commands/InsertBlockCommand.h"
#include "model/commands/MoveNodesCommand.h"
#include "model/commands/PasteCommand.h"
#include "model/commands/RemoveItemsCommand.h"
#include "model/commands/SetNodeFlagsCommand.h"
#include "model/commands/SetParameterCommand.h"

#include <QCoreApplication>
#include <QSet>
#include <QUndoStack>

namespace nw::GraphEdits {

namespace {

// The ids a push added: commands choose ids on their first redo and QUndoStack
// deletes a command that turned out obsolete, so the model is what to ask.
QStringList addedIds(const NetworkGraphModel& model, const QSet<QString>& before)
{
    QStringList ids;
    for (const NodeData& node : model.nodes())
        if (!before.contains(node.id))
            ids << node.id;
    return ids;
}

QSet<QString> idSet(const NetworkGraphModel& model)
{
    QSet<QString> ids;
    ids.reserve(model.nodes().size());
    for (const NodeData& node : model.nodes())
        ids.insert(node.id);
    return ids;
}

} // namespace

QString addNode(QUndoStack* stack, NetworkGraphModel* model, const QString& type, QPointF position,
    const QString& connectAfter)
{
    if (!stack || !model || !model->registry().contains(type))
        return {};
    // The id is fixed up front so the connection below can name it.
    const QString id = model->uniqueId(type);
    const bool connect = !connectAfter.isEmpty() && model->hasNode(connectAfter);
    if (connect)
        stack->beginMacro(QCoreApplication::translate("GraphEdits", "Add %1").arg(type));
    stack->push(new AddNodeCommand(model, type, position, {}, id));
    if (connect && model->hasNode(id)) {
        const EdgeData edge { connectAfter, id, 0 };
        if (model->canConnect(edge).isEmpty())
            stack->push(new ConnectCommand(model, edge));
    }
    if (connect)
        stack->endMacro();
    return model->hasNode(id) ? id : QString();
}

bool removeItems(QUndoStack* stack, NetworkGraphModel* model, const QStringList& nodeIds, const QVector<EdgeData>& edges)
{
    if (!stack || !model || (nodeIds.isEmpty() && edges.isEmpty()))
        return false;
    stack->push(new RemoveItemsCommand(model, nodeIds, edges));
    return true;
}

void moveNodes(QUndoStack* stack, NetworkGraphModel* model, const QHash<QString, QPointF>& from,
    const QHash<QString, QPointF>& to)
{
    if (stack && model && !to.isEmpty())
        stack->push(new MoveNodesCommand(model, from, to));
}

bool connectNodes(QUndoStack* stack, NetworkGraphModel* model, const EdgeData& edge)
{
    if (!stack || !model || !model->canConnect(edge).isEmpty())
        return false;
    stack->push(new ConnectCommand(model, edge));
    return model->edges().contains(edge);
}

bool setParameter(
    QUndoStack* stack, NetworkGraphModel* model, const QString& nodeId, const QString& name, const QVariant& value)
{
    const NodeData* node = model ? model->node(nodeId) : nullptr;
    if (!stack || !node)
        return false;
    const auto it = node->params.constFind(name);
    if (it != node->params.cend() && *it == value && it->metaType() == value.metaType())
        return true; // nothing to undo
    stack->push(new SetParameterCommand(model, nodeId, name, value));
    return true;
}

bool setNodeFlags(QUndoStack* stack, NetworkGraphModel* model, const QString& nodeId, bool trainable, double l1, double l2)
{
    const NodeData* node = model ? model->node(nodeId) : nullptr;
    if (!stack || !node)
        return false;
    if (node->trainable == trainable && node->l1 == l1 && node->l2 == l2)
        return true;
    stack->push(new SetNodeFlagsCommand(model, nodeId, trainable, l1, l2));
    return true;
}

QStringList paste(QUndoStack* stack, NetworkGraphModel* model, const QByteArray& clipboardJson, QPointF offset)
{
    if (!stack || !model || clipboardJson.isEmpty())
        return {};
    const QSet<QString> before = idSet(*model);
    stack->push(new PasteCommand(model, clipboardJson, offset));
    return addedIds(*model, before);
}

bool autoLayout(QUndoStack* stack, NetworkGraphModel* model)
{
    if (!stack || !model || model->nodes().isEmpty())
        return false;
    stack->push(new AutoLayoutCommand(model));
    return true;
}

QStringList insertBlock(QUndoStack* stack, NetworkGraphModel* model, const QString& blockName, QPointF position,
    const QString& connectAfter)
{
    if (!stack || !model || blockName.isEmpty())
        return {};
    const QSet<QString> before = idSet(*model);
    stack->push(new InsertBlockCommand(model, blockName, position, model->hasNode(connectAfter) ? connectAfter : QString()));
    return addedIds(*model, before);
}

} // namespace nw::GraphEdits
