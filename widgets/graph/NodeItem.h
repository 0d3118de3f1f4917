#pragma once
// The card that shows one node of the NetworkGraphModel: a category colour band,
// display name and id, key parameters, output shape and parameter count, and a
// red outline with the compiler's messages as tooltip when something is wrong.
// Owned by GraphScene, which creates, updates and deletes it in response to model
// signals; the card never changes the model itself.
//
// Every text is laid out (elided) when the data changes, never in paint(), and the
// card is painted through DeviceCoordinateCache, so a pan over a thousand cards
// blits pixmaps instead of shaping text.
#include "GraphItemTypes.h"

#include "model/LayerRegistry.h"

#include <QColor>
#include <QCoreApplication>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QString>
#include <QStringList>
#include <QVector>

namespace nw {

class EdgeItem;
class PortItem;
struct NodeData;
struct NodeStatus;

class NodeItem : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(nw::NodeItem)

public:
    enum { Type = GraphItemTypes::Node };

    // The node's type may be one `registry` does not know (kept from a file).
    NodeItem(const NodeData& node, const LayerRegistry& registry);
    ~NodeItem() override;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    const QString& id() const { return m_id; }
    QColor bandColor() const { return m_band; }
    qreal height() const { return m_height; }

    // Parameters, flags or type changed: refresh texts and the number of input ports.
    void setNodeData(const NodeData& node, const LayerRegistry& registry);
    // Null clears shape, count and messages (not compiled yet).
    void setStatus(const NodeStatus* status);
    bool hasError() const { return m_error; }
    const QString& shapeText() const { return m_shape; }
    const QString& parameterSummary() const { return m_paramLine1; }
    void setOutputMarked(bool marked);

    PortItem* inputPort(int index) const;
    int inputPortCount() const { return int(m_inputs.size()); }
    PortItem* outputPort() const { return m_output; }
    // Makes sure input `port` exists (a file may connect any port of Concat) and
    // shows one free port after the highest connected one for multi-input layers.
    void updateInputPorts();

    void attachEdge(EdgeItem* edge);
    void detachEdge(EdgeItem* edge);
    const QVector<EdgeItem*>& edges() const { return m_edges; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    void layoutTexts();
    void setHeight(qreal height);

    QString m_id;
    QString m_titleSource;
    QString m_footerSource;
    QString m_title; // m_titleSource elided to the card
    QString m_idText;
    QString m_paramLine1;
    QString m_paramLine2;
    QString m_shape;
    QString m_footerLeft;
    QString m_countText;
    QStringList m_paramParts;
    QColor m_band;
    qreal m_height;
    InputPorts m_ports;
    bool m_error = false;
    bool m_titleCondensed = false;
    bool m_outputMarked = false;
    bool m_trainable = true;
    QPainterPath m_cardPath;
    QPainterPath m_bandPath;
    QVector<PortItem*> m_inputs;
    PortItem* m_output = nullptr;
    QVector<EdgeItem*> m_edges;
};

} // namespace nw
