#pragma once
// A piece of a network that travels on its own: the clipboard's contents and the
// insertable blocks. Nodes and edges as the model stores them, with ids that are
// only names inside the fragment (pasting gives every node a fresh id), plus, for
// blocks, where the block's input enters and which node is its output.
//
// The JSON is the "graph" object of a project file (docs/ARCHITECTURE.md) with a
// marker and two optional keys, so a fragment is read by the same GraphJson and
// keeps parameters, unknown types and flags exactly:
//   {"format": "netwright-graph-fragment", "version": 1, "nodes": [...], "edges": [...],
//    "inputs": [{"to": "conv", "port": 0}], "output": "relu"}
// A plain value; whoever copies, pastes or inserts a block makes one.
#include "EdgeData.h"
#include "NodeData.h"

#include <QByteArray>
#include <QHash>
#include <QRectF>
#include <QVector>

namespace nw {

class GraphEdit;

class GraphFragment {
public:
    QVector<NodeData> nodes;
    QVector<EdgeData> edges; // only between nodes of the fragment
    // Blocks only: the inputs the block's input feeds (`from` is empty) and its output node.
    QVector<EdgeData> inputs;
    QString output;

    QByteArray toJson() const;
    // False with a message for anything that is not a well-formed fragment
    // (edges or inputs naming nodes outside it are refused too).
    static bool fromJson(const QByteArray& json, GraphFragment* fragment, QString* error = nullptr);

    // The rectangle spanned by the node positions (null for no nodes).
    QRectF bounds() const;

    // Appends the nodes under fresh unique ids, moved by `offset`, and the edges
    // between them, recording everything in `edit`. Returns fragment id -> new id.
    QHash<QString, QString> pasteInto(GraphEdit& edit, QPointF offset) const;
};

} // namespace nw
