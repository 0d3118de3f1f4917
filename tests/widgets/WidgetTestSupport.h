#pragma once
// Helpers for the widgets tests: small networks, mouse events sent straight to a
// view's viewport (deterministic offscreen, unlike synthesized system input), and
// loading the example projects.
#include "model/NetworkGraphModel.h"

#include <QJsonObject>
#include <QPoint>
#include <QString>

class QGraphicsView;
class QWidget;

namespace nw::test {

// input(1x28x28) -> flatten -> dense(10): a valid network.
void buildMlp(NetworkGraphModel& model);
// input(1x28x28) -> conv(8) -> dense(10), no Flatten: Dense reports an error.
void buildMissingFlatten(NetworkGraphModel& model);

void sendMouse(QWidget* viewport, int type, QPoint pos, Qt::MouseButton button, Qt::MouseButtons buttons);
// Press at `from`, move in steps, release at `to`, in viewport coordinates.
void dragMouse(QWidget* viewport, QPoint from, QPoint to);
QPoint viewPoint(QGraphicsView* view, QPointF scenePos);

// The "graph" object of resources/examples/<name>.nwproj.
QJsonObject exampleGraph(const QString& name);
QStringList exampleNames();

} // namespace nw::test
