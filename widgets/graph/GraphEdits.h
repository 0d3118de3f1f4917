#pragma once
// The one place where the graph editor's widgets turn a user's edit into an undo
// command on the document's QUndoStack (core/model/commands). Widgets never call
// the model's setters: they call these, the command changes the model, and the
// model's signals update every view. Each function returns what the editor needs
// next (the new ids to select) and reports a refused edit as empty / false, in
// which case nothing was pushed or the stack dropped the command as obsolete.
#include "model/EdgeData.h"

#include <QHash>
#include <QPointF>
#include <QStringList>
#include <QVariant>
#include <QVector>

class QUndoStack;

namespace nw {

class NetworkGraphModel;

namespace GraphEdits {

// Adds a node of `type` with its card's top-left at `position`. With `connectAfter`
// the new node's first input is wired to that node's output in the same undo step.
QString addNode(QUndoStack* stack, NetworkGraphModel* model, const QString& type, QPointF position,
    const QString& connectAfter = {});
bool removeItems(QUndoStack* stack, NetworkGraphModel* model, const QStringList& nodeIds, const QVector<EdgeData>& edges);
void moveNodes(QUndoStack* stack, NetworkGraphModel* model, const QHash<QString, QPointF>& from,
    const QHash<QString, QPointF>& to);
bool connectNodes(QUndoStack* stack, NetworkGraphModel* model, const EdgeData& edge);
bool setParameter(
    QUndoStack* stack, NetworkGraphModel* model, const QString& nodeId, const QString& name, const QVariant& value);
bool setNodeFlags(QUndoStack* stack, NetworkGraphModel* model, const QString& nodeId, bool trainable, double l1, double l2);
// Pastes GraphClipboard contents moved by `offset`; returns the new ids.
QStringList paste(QUndoStack* stack, NetworkGraphModel* model, const QByteArray& clipboardJson, QPointF offset);
bool autoLayout(QUndoStack* stack, NetworkGraphModel* model);
// Inserts a palette block at `position`, wired after `connectAfter` if given; returns the new ids.
QStringList insertBlock(QUndoStack* stack, NetworkGraphModel* model, const QString& blockName, QPointF position,
    const QString& connectAfter = {});

} // namespace GraphEdits
} // namespace nw
