#pragma once
// Converts the network document to and from the "graph" object of a project
// file (schema in docs/ARCHITECTURE.md, "The model"). Reading checks structure
// and value types and names the place of the first problem
// ("graph.nodes[3].params.units: expected a number, got \"abc\""); it accepts
// unknown layer types, dangling edges and cycles, which the compiler reports on
// the nodes instead. NetworkGraphModel makes a temporary one for each save or
// load and owns the values it produces.
#include "EdgeData.h"
#include "NodeData.h"

#include <QJsonObject>
#include <QVector>

namespace nw {

class LayerRegistry;

class GraphJson {
public:
    explicit GraphJson(const LayerRegistry& registry)
        : m_registry(registry)
    {
    }

    struct Contents {
        QVector<NodeData> nodes;
        QVector<EdgeData> edges;
        QString output;
    };

    QJsonObject write(const Contents& contents) const;
    // Parameters of known types are converted to their stored types and missing
    // ones take their defaults, as NetworkGraphModel::addNode() does.
    bool read(const QJsonObject& json, Contents* contents, QString* error) const;

private:
    const LayerRegistry& m_registry;
};

} // namespace nw
