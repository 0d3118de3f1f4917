#pragma once
// One node of the network document as NetworkGraphModel stores it: a plain value
// the model owns; the scene, inspector and compiler read copies or const
// references of it and change it only through the model.
#include <QPointF>
#include <QString>
#include <QVariantMap>

namespace nw {

struct NodeData {
    QString id; // unique in its model; also the prefix of its weights' tensor names
    QString type; // a LayerRegistry type name, or an unknown one kept from a file
    QVariantMap params; // snake_case name -> value in the parameter's stored type
    QPointF position; // scene coordinates of the node in the editor
    bool trainable = true; // false freezes the node's weights (transfer learning)
    double l1 = 0;
    double l2 = 0;

    friend bool operator==(const NodeData&, const NodeData&) = default;
};

} // namespace nw
