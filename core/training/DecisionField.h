#pragma once
// The class probabilities a 2-D classifier assigns over a rectangle of its input
// plane: what the decision-boundary panel paints. Computed off the GUI thread by
// whoever owns the graph (the training session, between epochs or on a copy of
// the weights); the result is a plain value the GUI may keep.
//
// The domain is in the network's input space: for tabular projects that is the
// standardised features, so the points shown over the field must be standardised
// the same way. The grid samples cell centres, row-major, row 0 along the domain's
// top edge (its smallest y), x growing with the column.
#include <QPointF>
#include <QRectF>
#include <QVector>

#include <string>

namespace nw {

class Graph;
class ThreadPool;

struct DecisionField {
    QRectF domain;
    int columns = 0;
    int rows = 0;
    int classes = 0;
    // Two classes: columns * rows values, the probability of class 1.
    // More: columns * rows * classes values, each cell's class probabilities in a row.
    QVector<float> probabilities;

    bool isEmpty() const { return columns <= 0 || rows <= 0 || probabilities.isEmpty(); }
};

// The centres of a columns x rows grid over domain, in the order described above.
QVector<QPointF> decisionGridPoints(const QRectF& domain, int columns, int rows);

// Runs the graph in evaluation mode on every grid point. The graph must take one
// input of shape [2] and output [C] scores: logits (softmax for C >= 2, a sigmoid
// for C == 1) unless its output node is already a Softmax or Sigmoid layer. Throws
// EngineError when the graph is not such a classifier. Uses the graph's buffers,
// so it must not run while another thread trains the same graph.
DecisionField computeDecisionField(Graph& graph, ThreadPool& pool, const QRectF& domain, int columns, int rows,
    int batchSize = 1024);

// True when the graph takes one input of 2 features and outputs one score vector:
// a classifier whose decision boundary can be drawn over the plane.
bool isPlaneClassifier(const Graph& graph);

// What each unit of one node responds to over the plane, as Playground draws its
// neurons: the graph runs in evaluation mode on the grid and the node's output
// [cells, units] is read per unit (at most maxUnits). Each field has classes == 2 and
// holds 0.5 + 0.5 * value / scale as its "probability", so orange is negative and
// blue positive: scale is 1 for Tanh, the largest |value| of the node otherwise; a
// Sigmoid or Softmax output is shown as it is. Throws EngineError when the graph
// does not take 2 features or the node is unknown or not a flat vector per sample.
// Like computeDecisionField, it uses the graph's buffers.
QVector<DecisionField> computeNodeFields(Graph& graph, ThreadPool& pool, const std::string& nodeId,
    const QRectF& domain, int columns, int rows, int maxUnits = 16);

} // namespace nw
