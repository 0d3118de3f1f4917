#pragma once
// Copy and paste of parts of a network, between windows too: copy() writes the
// chosen nodes and only the edges between them as a GraphFragment (JSON) that the
// editor puts on the system clipboard under kMimeType; PasteCommand reads it back
// into any model, keeping parameters, flags and the internal edges. Edges to
// nodes outside the selection are dropped, since the pasted copy has no such
// neighbours. Stateless.
#include <QByteArray>
#include <QStringList>

namespace nw {

class NetworkGraphModel;

class GraphClipboard {
public:
    static constexpr const char* kMimeType = "application/x-netwright-graph";

    // Nodes in model order (so a paste keeps their relative order); unknown ids are skipped.
    static QByteArray copy(const NetworkGraphModel& model, const QStringList& nodeIds);
    // Whether `data` is something PasteCommand can paste (a fragment with at least one node).
    static bool isValid(const QByteArray& data);
};

} // namespace nw
