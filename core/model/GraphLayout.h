#pragma once
// Automatic left-to-right layout of a network (the editor's "Arrange" action),
// after Sugiyama: break cycles by dropping the DFS back edges, put every node in
// the column of its longest path from the inputs (so every remaining edge points
// right), order each column by the barycenter of its neighbours in a few
// down/up sweeps to reduce crossings, and centre each column vertically.
//
// O((n + e) * sweeps + n log n); a 1,000-node graph takes a few milliseconds.
// Cycles, self loops, dangling edges and disconnected parts are fine: they only
// lose the edges that cannot point right. Stateless; AutoLayoutCommand applies
// the result as one undo step.
#include <QHash>
#include <QPointF>
#include <QString>

namespace nw {

class NetworkGraphModel;

class GraphLayout {
public:
    // New position of every node. The layout keeps the graph where it was: its
    // first column starts at the old left edge and the columns are centred on the
    // old vertical middle.
    static QHash<QString, QPointF> layeredPositions(
        const NetworkGraphModel& model, double columnSpacing = 220, double rowSpacing = 140);
};

} // namespace nw
