#include "StepThroughOverlay.h"

#include "StepFormulaText.h"
#include "StepFormulas.h"
#include "StepValuesItem.h"

#include "engine/StepThroughTrace.h"
#include "graph/EdgeItem.h"
#include "graph/GraphScene.h"
#include "graph/NodeItem.h"
#include "graph/PortItem.h"

#include <QGraphicsPathItem>
#include <QGraphicsView>
#include <QScopeGuard>
#include <QPainterPath>
#include <QPen>

namespace nw {

namespace {

// QGraphicsItem::data() key that marks the overlay's items.
constexpr int kOverlayKey = 0x57e9;

QColor accentOf(StepStage::Kind kind)
{
    switch (kind) {
    case StepStage::Kind::Forward:
        return QColor(224, 123, 0);
    case StepStage::Kind::Loss:
        return QColor(128, 60, 170);
    case StepStage::Kind::Backward:
        return QColor(192, 57, 43);
    case StepStage::Kind::Update:
        return QColor(46, 139, 87);
    }
    return Qt::black;
}

} // namespace

StepThroughOverlay::StepThroughOverlay(GraphScene* scene, QObject* parent)
    : QObject(parent)
    , m_scene(scene)
{
}

StepThroughOverlay::~StepThroughOverlay()
{
    clear();
}

void StepThroughOverlay::add(QGraphicsItem* item)
{
    item->setData(kOverlayKey, true);
    m_scene->addItem(item);
}

QVector<QGraphicsItem*> StepThroughOverlay::items() const
{
    QVector<QGraphicsItem*> mine;
    if (m_scene)
        for (QGraphicsItem* item : m_scene->items(Qt::AscendingOrder))
            if (item->data(kOverlayKey).toBool())
                mine.append(item);
    return mine;
}

void StepThroughOverlay::clear()
{
    // Found by their mark, never by remembered pointers: GraphScene::rebuild() clears the
    // scene, and a new card may then live where an old label did.
    for (QGraphicsItem* item : items()) {
        m_scene->removeItem(item);
        delete item;
    }
}

void StepThroughOverlay::show(const StepThroughTrace& trace, const StepStage& stage, int unit)
{
    clear();
    if (!m_scene)
        return;
    const QString id = stage.kind == StepStage::Kind::Loss ? QString::fromStdString(trace.outputId) : stage.node;
    NodeItem* card = m_scene->nodeItem(id);
    const NodeTrace* node = trace.node(id.toStdString());
    if (!card || !node)
        return;
    const QColor accent = accentOf(stage.kind);
    const int highlight = StepFormulas::valueIndex(trace, stage, unit);

    QPainterPath frame;
    frame.addRoundedRect(card->sceneBoundingRect().adjusted(-5, -5, 5, 5), 8, 8);
    auto* frameItem = new QGraphicsPathItem(frame);
    frameItem->setPen(QPen(accent, 3));
    frameItem->setAcceptedMouseButtons(Qt::NoButton);
    frameItem->setZValue(40);
    add(frameItem);

    QString caption;
    switch (stage.kind) {
    case StepStage::Kind::Forward:
        caption = QStringLiteral("y");
        break;
    case StepStage::Kind::Loss:
        caption = QStringLiteral("L = ") + stepformula::number(trace.loss());
        break;
    case StepStage::Kind::Backward:
        caption = QStringLiteral("∂L/∂y");
        break;
    case StepStage::Kind::Update:
        caption = tr("step of %1").arg(QStringLiteral("w"));
        break;
    }
    // Walking node by node, the view follows the node on show (the card and its labels).
    const auto revealAtEnd = qScopeGuard([this] { reveal(); });
    auto* label = new StepValuesItem(StepFormulas::values(trace, stage), highlight, caption, StepValuesStyle::Full, accent);
    label->setPos(card->sceneBoundingRect().bottomLeft() + QPointF(0, 10));
    add(label);

    if (stage.kind != StepStage::Kind::Forward && stage.kind != StepStage::Kind::Backward)
        return;
    for (EdgeItem* edge : card->edges()) {
        if (edge->target() != card)
            continue;
        const NodeTrace* producer = trace.node(edge->source()->id().toStdString());
        if (!producer || (stage.kind == StepStage::Kind::Backward && !producer->hasGradient))
            continue;
        const bool forward = stage.kind == StepStage::Kind::Forward;
        auto* flow = new StepValuesItem(sampleValues(forward ? producer->output : producer->outputGrad), -1,
            forward ? QStringLiteral("x →") : QStringLiteral("← ∂L/∂x"), StepValuesStyle::Compact, accent);
        const QPointF from = edge->source()->outputPort()->anchor();
        const PortItem* port = card->inputPort(edge->edge().port);
        const QPointF to = port ? port->anchor() : card->sceneBoundingRect().center();
        // Above the cards, centred on the edge: cards sit closer than a label is wide.
        const qreal top = std::min(card->sceneBoundingRect().top(), edge->source()->sceneBoundingRect().top());
        flow->setPos((from.x() + to.x()) / 2 - flow->boundingRect().width() / 2,
            top - flow->boundingRect().height() - 8);
        add(flow);
    }
}

void StepThroughOverlay::reveal()
{
    QRectF shown;
    for (QGraphicsItem* item : items())
        shown |= item->sceneBoundingRect();
    for (QGraphicsView* view : m_scene->views())
        view->ensureVisible(shown, 30, 30);
}

} // namespace nw
