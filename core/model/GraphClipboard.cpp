#include "GraphClipboard.h"

#include "GraphFragment.h"
#include "NetworkGraphModel.h"

#include <QSet>

namespace nw {

QByteArray GraphClipboard::copy(const NetworkGraphModel& model, const QStringList& nodeIds)
{
    const QSet<QString> chosen(nodeIds.cbegin(), nodeIds.cend());
    QSet<QString> copied; // the chosen ids that are nodes: an edge may dangle in a lenient model
    GraphFragment fragment;
    for (const NodeData& node : model.nodes()) {
        if (chosen.contains(node.id)) {
            fragment.nodes.append(node);
            copied.insert(node.id);
        }
    }
    for (const EdgeData& edge : model.edges())
        if (copied.contains(edge.from) && copied.contains(edge.to))
            fragment.edges.append(edge);
    return fragment.toJson();
}

bool GraphClipboard::isValid(const QByteArray& data)
{
    GraphFragment fragment;
    return GraphFragment::fromJson(data, &fragment) && !fragment.nodes.isEmpty();
}

} // namespace nw
