#pragma once
// What the compiler found for one node: its output shape and parameter count, or
// the messages the editor shows on it. A plain value held in CompileResult.
#include "engine/Shape.h"

#include <QString>
#include <QStringList>

namespace nw {

struct NodeStatus {
    QString id;
    bool ok = false; // shape known and no messages
    bool shapeKnown = false; // false after an error upstream, too (without a message of its own)
    Shape outputShape; // sample shape (no batch), valid when shapeKnown
    qint64 parameterCount = 0;
    QStringList messages; // full sentences that name the node

    // "16x7x7", the way edges are labelled; empty when the shape is not known.
    QString shapeText() const { return shapeKnown ? QString::fromStdString(shapeToString(outputShape)) : QString(); }
};

} // namespace nw
