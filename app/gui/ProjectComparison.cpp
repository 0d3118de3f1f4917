#include "ProjectComparison.h"

#include <QJsonArray>

namespace nw {

namespace {

// The graph without node positions: moving a card changes nothing to evaluate.
QJsonObject graphWithoutLayout(QJsonObject graph)
{
    QJsonArray nodes = graph.value(QStringLiteral("nodes")).toArray();
    for (auto node : nodes) {
        QJsonObject object = node.toObject();
        object.remove(QStringLiteral("position"));
        node = object;
    }
    graph.insert(QStringLiteral("nodes"), nodes);
    return graph;
}

} // namespace

bool evaluatesAlike(const Project& a, const Project& b)
{
    return a.dataset == b.dataset && a.training.seed == b.training.seed && a.training.loss == b.training.loss
        && graphWithoutLayout(a.graph) == graphWithoutLayout(b.graph);
}

} // namespace nw
