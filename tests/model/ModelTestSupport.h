#pragma once
// Small builders shared by the model tests.
#include "model/NetworkGraphModel.h"

#include <QStringList>

namespace nw::test {

// Adds nodes of the given types one after another, each feeding the next; returns their ids.
inline QStringList addChain(NetworkGraphModel& model, const QList<QPair<QString, QVariantMap>>& layers)
{
    QStringList ids;
    for (const auto& [type, params] : layers) {
        const QString id = model.addNode(type, {}, params);
        if (!ids.isEmpty())
            model.addEdge({ ids.last(), id, 0 });
        ids << id;
    }
    return ids;
}

inline QVariantMap params(std::initializer_list<std::pair<QString, QVariant>> values)
{
    QVariantMap map;
    for (const auto& [k, v] : values)
        map.insert(k, v);
    return map;
}

inline QVariantList list(std::initializer_list<int> values)
{
    QVariantList l;
    for (int v : values)
        l << v;
    return l;
}

} // namespace nw::test
