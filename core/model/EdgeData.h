#pragma once
// One connection of the network document: the output of `from` feeds input
// `port` of `to`. A node has a single output, so an edge needs only the target's
// port; the port order is the input order (which matters for Concat). A plain
// value owned by NetworkGraphModel and carried by its connection signals.
#include <QHashFunctions>
#include <QMetaType>
#include <QString>

namespace nw {

struct EdgeData {
    QString from;
    QString to;
    int port = 0;

    friend bool operator==(const EdgeData&, const EdgeData&) = default;
};

inline size_t qHash(const EdgeData& edge, size_t seed = 0)
{
    return qHashMulti(seed, edge.from, edge.to, edge.port);
}

} // namespace nw

Q_DECLARE_METATYPE(nw::EdgeData)
