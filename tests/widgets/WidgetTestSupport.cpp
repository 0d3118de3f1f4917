#include "WidgetTestSupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGraphicsView>
#include <QJsonDocument>
#include <QMouseEvent>

namespace nw::test {

void buildMlp(NetworkGraphModel& model)
{
    model.addNode(QStringLiteral("Input"), { 0, 0 }, { { QStringLiteral("shape"), QVariantList { 1, 28, 28 } } },
        QStringLiteral("input"));
    model.addNode(QStringLiteral("Flatten"), { 240, 0 }, {}, QStringLiteral("flatten"));
    model.addNode(QStringLiteral("Dense"), { 480, 0 }, { { QStringLiteral("units"), 10 } }, QStringLiteral("fc"));
    model.addEdge({ QStringLiteral("input"), QStringLiteral("flatten"), 0 });
    model.addEdge({ QStringLiteral("flatten"), QStringLiteral("fc"), 0 });
}

void buildMissingFlatten(NetworkGraphModel& model)
{
    model.addNode(QStringLiteral("Input"), { 0, 0 }, { { QStringLiteral("shape"), QVariantList { 1, 28, 28 } } },
        QStringLiteral("input"));
    model.addNode(QStringLiteral("Conv2D"), { 240, 0 }, { { QStringLiteral("filters"), 8 } }, QStringLiteral("conv"));
    model.addNode(QStringLiteral("Dense"), { 480, 0 }, { { QStringLiteral("units"), 10 } }, QStringLiteral("fc"));
    model.addEdge({ QStringLiteral("input"), QStringLiteral("conv"), 0 });
    model.addEdge({ QStringLiteral("conv"), QStringLiteral("fc"), 0 });
}

void sendMouse(QWidget* viewport, int type, QPoint pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(QEvent::Type(type), QPointF(pos), QPointF(viewport->mapToGlobal(pos)), button, buttons,
        Qt::NoModifier);
    QApplication::sendEvent(viewport, &event);
}

void dragMouse(QWidget* viewport, QPoint from, QPoint to)
{
    sendMouse(viewport, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    constexpr int steps = 5;
    for (int i = 1; i <= steps; ++i)
        sendMouse(viewport, QEvent::MouseMove, from + (to - from) * i / steps, Qt::NoButton, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
}

QPoint viewPoint(QGraphicsView* view, QPointF scenePos)
{
    return view->mapFromScene(scenePos);
}

QJsonObject exampleGraph(const QString& name)
{
    QFile file(QStringLiteral(NETWRIGHT_SOURCE_DIR "/resources/examples/%1.nwproj").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("graph")).toObject();
}

QStringList exampleNames()
{
    QStringList names;
    const QDir dir(QStringLiteral(NETWRIGHT_SOURCE_DIR "/resources/examples"));
    for (const QString& file : dir.entryList({ QStringLiteral("*.nwproj") }, QDir::Files, QDir::Name))
        names << file.chopped(7);
    return names;
}

} // namespace nw::test
